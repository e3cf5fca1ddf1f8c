import type { Route } from '../../core/route/route-schema.ts';
import { NODE_KIND_LABELS } from '../../core/route/route-model.ts';
import { NodeFacts } from './node-facts.tsx';

/**
 * The whole route written out: every step in reading order with its facts and
 * connections. Always in the HTML — the chart's text equivalent, and what a
 * reader without JavaScript or without sight of the chart uses.
 */
export function RouteText({ route }: { route: Route }) {
  return (
    <section aria-labelledby="route-tekst_heading" id="route-tekst" className="route-text">
      <h2 id="route-tekst_heading">De route als tekst</h2>
      <ol className="route-text-list">
        {route.nodes.map((node) => (
          <li key={node.id} id={node.id} className="route-text-item" tabIndex={-1}>
            <h3>
              {node.label} <span className="kind-tag">{NODE_KIND_LABELS[node.kind]}</span>
            </h3>
            <NodeFacts route={route} node={node} />
          </li>
        ))}
      </ol>
    </section>
  );
}
