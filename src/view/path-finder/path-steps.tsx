import {
  EDGE_KIND_INCOMING,
  EDGE_KIND_VERBS,
  NODE_KIND_LABELS,
  nodeById,
} from '../../core/route/route-model.ts';
import type { PathHop, RoutePath } from '../../core/reading/route-paths.ts';
import type { Route, RouteNode } from '../../core/route/route-schema.ts';
import { ContactAndConsentFacts, Fact } from '../components/fact.tsx';

/**
 * A way as numbered steps: for each step who acts, when, how to reach them and whose
 * consent is needed, then the connection to the next step in words.
 */
export function PathSteps({ route, path }: { route: Route; path: RoutePath }) {
  return (
    <ol className="path-steps">
      {path.nodes.map((id, index) => {
        const node = nodeById(route, id);
        if (!node) return null;
        const hop = path.hops[index];
        const next = path.nodes[index + 1];
        return (
          <li key={`${index}-${id}`} className="path-step">
            <h3>
              {node.label} <span className="kind-tag">{NODE_KIND_LABELS[node.kind]}</span>
            </h3>
            <StepFacts node={node} />
            {hop && next && <HopText hop={hop} nextLabel={nodeById(route, next)?.label ?? next} />}
          </li>
        );
      })}
    </ol>
  );
}

function StepFacts({ node }: { node: RouteNode }) {
  if (!node.who && !node.when && !node.contact && !node.consent) return null;
  return (
    <dl className="facts">
      {node.who && <Fact term="Wie">{node.who}</Fact>}
      {node.when && <Fact term="Wanneer">{node.when}</Fact>}
      <ContactAndConsentFacts node={node} />
    </dl>
  );
}

/** "↓ verwijst naar Intern begeleider", or against the arrow: "verwezen door …". */
function HopText({ hop, nextLabel }: { hop: PathHop; nextLabel: string }) {
  const { edge, against } = hop;
  return (
    <p className="path-hop">
      <span aria-hidden="true">↓ </span>
      {against ? EDGE_KIND_INCOMING[edge.kind] : EDGE_KIND_VERBS[edge.kind]}{' '}
      <strong>{nextLabel}</strong>
      {against && <span className="path-against"> (de pijl in het schema wijst andersom)</span>}
      {edge.label && <span className="edge-note"> — {edge.label}</span>}
      {edge.consent && <span className="path-consent"> Toestemming nodig: {edge.consent}</span>}
    </p>
  );
}
