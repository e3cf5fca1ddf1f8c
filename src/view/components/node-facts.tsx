import type { Route, RouteNode } from '../../core/route/route-schema.ts';
import {
  EDGE_KIND_INCOMING,
  EDGE_KIND_VERBS,
  groupLabel,
  incomingEdges,
  nodeById,
  outgoingEdges,
} from '../../core/route/route-model.ts';
import { ContactAndConsentFacts, Fact } from './fact.tsx';
import { Link } from 'react-router';
import { socialMapUrl } from '../../core/socialmap/social-map-urls.ts';
import { NodeTermsFact, TermText } from '../glossary/term-text.tsx';

/**
 * Who, when, how to reach and whose consent: the facts of one step, used in the
 * details panel and in the text route so both always say the same.
 */
export function NodeFacts({ route, node }: { route: Route; node: RouteNode }) {
  const group = groupLabel(route, node.group);
  return (
    <>
      {node.description && (
        <p className="node-description">
          <TermText node={node} field="description" />
        </p>
      )}
      <dl className="facts">
        {group && <Fact term="Onderdeel van">{group}</Fact>}
        {node.who && (
          <Fact term="Wie">
            <TermText node={node} field="who" />
          </Fact>
        )}
        {node.when && (
          <Fact term="Wanneer">
            <TermText node={node} field="when" />
          </Fact>
        )}
        <ContactAndConsentFacts node={node} />
        <NodeTermsFact node={node} />
        {node.organisation && (
          <Fact term="Sociale kaart">
            <Link to={socialMapUrl(node.organisation)}>{node.label} op de sociale kaart</Link>
          </Fact>
        )}
      </dl>
      <NodeConnections route={route} node={node} />
    </>
  );
}

function NodeConnections({ route, node }: { route: Route; node: RouteNode }) {
  const outgoing = outgoingEdges(route, node.id);
  const incoming = incomingEdges(route, node.id);
  if (outgoing.length + incoming.length === 0) return null;
  const labelOf = (id: string) => nodeById(route, id)?.label ?? id;
  return (
    <ul className="connections" aria-label={`Verbindingen van ${node.label}`}>
      {outgoing.map((edge) => (
        <li key={`out-${edge.to}-${edge.kind}`}>
          {EDGE_KIND_VERBS[edge.kind]} <a href={`#${edge.to}`}>{labelOf(edge.to)}</a>
          {edge.label && <span className="edge-note"> — {edge.label}</span>}
          {edge.consent && <span className="consent-note"> (toestemming: {edge.consent})</span>}
        </li>
      ))}
      {incoming.map((edge) => (
        <li key={`in-${edge.from}-${edge.kind}`}>
          {EDGE_KIND_INCOMING[edge.kind]} <a href={`#${edge.from}`}>{labelOf(edge.from)}</a>
          {edge.label && <span className="edge-note"> — {edge.label}</span>}
        </li>
      ))}
    </ul>
  );
}
