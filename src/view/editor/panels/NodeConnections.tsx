/** The connections of one step, each opening its own form, and a form to add one from here. */
import type { RouteNode } from '../../../core/route/route-schema.ts';
import { FOCUS_IDS, useEditorApi } from '../editor-context.ts';
import { edgeName } from '../item-names.ts';
import { AddEdgeForm } from './AddEdgeForm.tsx';

export function NodeConnections({ index }: { index: number }) {
  const api = useEditorApi();
  const node = api.route.nodes[index] as RouteNode;
  const connected = api.route.edges
    .map((edge, edgeIndex) => ({ edge, edgeIndex }))
    .filter(({ edge }) => edge.from === node.id || edge.to === node.id);
  return (
    <section aria-labelledby="stap-verbindingen" className="panel-section">
      <h4 id="stap-verbindingen">Verbindingen van deze stap ({connected.length})</h4>
      {connected.length > 0 && (
        <ul className="item-list">
          {connected.map(({ edge, edgeIndex }) => (
            <li key={edgeIndex}>
              <button
                type="button"
                className="item-button"
                onClick={() => {
                  api.select({ type: 'edge', index: edgeIndex });
                  api.focusElement(FOCUS_IDS.edgeHeading);
                }}
              >
                {edgeName(api.route, edge)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddEdgeForm fixedFrom={node.id} />
    </section>
  );
}
