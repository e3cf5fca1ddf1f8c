/** All connections as a list (keyboard selection) with the form for a new one, or one connection's form. */
import { FOCUS_IDS, useEditorApi } from '../editor-context.ts';
import { edgeName } from '../item-names.ts';
import { AddEdgeForm } from './AddEdgeForm.tsx';
import { EdgeForm } from './EdgeForm.tsx';

export function EdgesPanel() {
  const { route, selection, select, focusElement } = useEditorApi();
  if (selection?.type === 'edge' && route.edges[selection.index])
    return <EdgeForm index={selection.index} />;
  return (
    <div>
      <AddEdgeForm />
      {/* Focus lands here after a connection is deleted. */}
      <h3 id={FOCUS_IDS.edgeList} tabIndex={-1}>
        Alle verbindingen ({route.edges.length})
      </h3>
      <ul className="item-list" aria-labelledby={FOCUS_IDS.edgeList}>
        {route.edges.map((edge, index) => (
          <li key={index}>
            <button
              type="button"
              className="item-button"
              onClick={() => {
                select({ type: 'edge', index });
                // The list gives way to the connection's form: focus its heading.
                focusElement(FOCUS_IDS.edgeHeading);
              }}
            >
              {edgeName(route, edge)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
