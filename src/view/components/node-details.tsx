import type { Route } from '../../core/route/route-schema.ts';
import { NODE_KIND_LABELS, nodeById } from '../../core/route/route-model.ts';
import { NodeFacts } from './node-facts.tsx';

/** The panel beside the chart showing the selected step; announced politely on change. */
export function NodeDetails({ route, selectedId }: { route: Route; selectedId: string | null }) {
  const node = selectedId ? nodeById(route, selectedId) : undefined;
  return (
    <aside className="node-details" aria-labelledby="details_heading" aria-live="polite">
      {node ? (
        <>
          <h2 id="details_heading">
            {node.label} <span className="kind-tag">{NODE_KIND_LABELS[node.kind]}</span>
          </h2>
          <NodeFacts route={route} node={node} />
        </>
      ) : (
        <>
          <h2 id="details_heading">Details</h2>
          <p>
            Kies een stap in het schema (klik erop, of ga er met Tab naartoe en druk op Enter) om te
            zien wie er handelt, wanneer je er komt, hoe je contact legt en of er toestemming nodig
            is.
          </p>
        </>
      )}
    </aside>
  );
}
