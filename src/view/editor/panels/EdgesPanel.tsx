/** All connections as a list (keyboard selection) with the form for a new one, or one connection's form. */
import { useEditorApi } from '../editor-context.ts';
import { edgeName } from '../item-names.ts';
import { AddEdgeForm } from './AddEdgeForm.tsx';
import { EdgeForm } from './EdgeForm.tsx';

export function EdgesPanel() {
  const { route, selection, select } = useEditorApi();
  if (selection?.type === 'edge' && route.edges[selection.index])
    return <EdgeForm index={selection.index} />;
  return (
    <div>
      <AddEdgeForm />
      <h3 id="verbindingen-lijst">Alle verbindingen ({route.edges.length})</h3>
      <ul className="item-list" aria-labelledby="verbindingen-lijst">
        {route.edges.map((edge, index) => (
          <li key={index}>
            <button
              type="button"
              className="item-button"
              onClick={() => select({ type: 'edge', index })}
            >
              {edgeName(route, edge)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
