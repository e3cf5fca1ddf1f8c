import type { ReactNode } from 'react';
import { EDGE_KIND_VERBS, NODE_KIND_LABELS } from '../../core/route/route-model.ts';
import type { RouteDiff } from '../../core/reading/route-diff.ts';
import type { Route, RouteEdge, RouteNode } from '../../core/route/route-schema.ts';
import { normaliseLabel } from '../../core/reading/normalise-label.ts';
import type { ComparedRoute } from './compared-route.ts';

function nodeLabel(route: Route, id: string): string {
  return route.nodes.find((node) => node.id === id)?.label ?? id;
}

/** "Mentor verwijst naar Intern begeleider", with the labels of the route it is in. */
function edgeSentence(route: Route, edge: RouteEdge): string {
  return `${nodeLabel(route, edge.from)} ${EDGE_KIND_VERBS[edge.kind]} ${nodeLabel(route, edge.to)}`;
}

function consentText(consent: string | undefined): string {
  return consent ? `toestemming nodig — ${consent}` : 'geen toestemming vastgelegd';
}

/** One thing said two ways: a sub-list per route, so neither text needs a joining sentence. */
function BothSides({ title, a, b }: { title: string; a: [string, string]; b: [string, string] }) {
  return (
    <li>
      {title}
      <ul>
        <li>
          {a[0]}: {a[1]}
        </li>
        <li>
          {b[0]}: {b[1]}
        </li>
      </ul>
    </li>
  );
}

/** Everything that differs, as lists under plain headings; empty lists say "Geen". */
export function DiffList({
  a,
  b,
  diff,
  level = 2,
}: {
  a: ComparedRoute;
  b: ComparedRoute;
  diff: RouteDiff;
  /** The heading level of "Wat er verschilt" (its parts one lower), where it sits in a page. */
  level?: 2 | 3;
}) {
  const Heading = `h${level}` as const;
  const Sub = `h${level + 1}` as 'h3' | 'h4';
  const renamed = diff.matches.filter(
    (match) => normaliseLabel(match.a.label) !== normaliseLabel(match.b.label),
  );
  return (
    <section className="diff-list" aria-labelledby="verschillen_heading">
      <Heading id="verschillen_heading">Wat er verschilt</Heading>
      <p>
        {diff.matches.length} onderdelen komen in beide routes voor. Onderdelen zijn gekoppeld op
        hun id en anders op soort en naam.
      </p>
      <DiffSection
        heading={Sub}
        title={`Onderdelen alleen in ${a.name}`}
        items={diff.nodesOnlyInA.map((node) => (
          <NodeItem key={node.id} node={node} />
        ))}
      />
      <DiffSection
        heading={Sub}
        title={`Onderdelen alleen in ${b.name}`}
        items={diff.nodesOnlyInB.map((node) => (
          <NodeItem key={node.id} node={node} />
        ))}
      />
      <DiffSection
        heading={Sub}
        title={`Verbindingen alleen in ${a.name}`}
        items={diff.edgesOnlyInA.map((edge, index) => (
          <li key={index}>{edgeSentence(a.route, edge)}</li>
        ))}
      />
      <DiffSection
        heading={Sub}
        title={`Verbindingen alleen in ${b.name}`}
        items={diff.edgesOnlyInB.map((edge, index) => (
          <li key={index}>{edgeSentence(b.route, edge)}</li>
        ))}
      />
      <DiffSection
        heading={Sub}
        title="Verschillen in toestemming"
        items={diff.consent.map((difference, index) => (
          <BothSides
            key={index}
            title={
              difference.on === 'node' ? difference.a.label : edgeSentence(a.route, difference.a)
            }
            a={[a.name, consentText(difference.a.consent)]}
            b={[b.name, consentText(difference.b.consent)]}
          />
        ))}
      />
      <DiffSection
        heading={Sub}
        title="Zelfde verbinding, andere soort"
        items={diff.edgeKindChanges.map((change, index) => (
          <BothSides
            key={index}
            title={`Van ${nodeLabel(a.route, change.a.from)} naar ${nodeLabel(a.route, change.a.to)}`}
            a={[a.name, edgeSentence(a.route, change.a)]}
            b={[b.name, edgeSentence(b.route, change.b)]}
          />
        ))}
      />
      <DiffSection
        heading={Sub}
        title="Zelfde onderdeel, andere naam"
        items={renamed.map((match) => (
          <BothSides
            key={match.a.id}
            title={match.a.label}
            a={[a.name, match.a.label]}
            b={[b.name, match.b.label]}
          />
        ))}
      />
    </section>
  );
}

function NodeItem({ node }: { node: RouteNode }) {
  return (
    <li>
      {node.label} <span className="kind-tag">{NODE_KIND_LABELS[node.kind]}</span>
      {node.consent && <span className="consent-note"> (toestemming: {node.consent})</span>}
    </li>
  );
}

function DiffSection({
  title,
  items,
  heading: Heading,
}: {
  title: string;
  items: ReactNode[];
  heading: 'h3' | 'h4';
}) {
  return (
    <>
      <Heading>
        {title} <span className="diff-count">({items.length})</span>
      </Heading>
      {items.length > 0 ? <ul>{items}</ul> : <p>Geen.</p>}
    </>
  );
}
