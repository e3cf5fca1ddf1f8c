/** All steps as a list of buttons (keyboard selection), the form for a new step, or one step's form. */
import { NODE_KIND_LABELS } from '../../../core/route/route-model.ts';
import { useEditorApi } from '../editor-context.ts';
import { nodeName } from '../item-names.ts';
import { AddNodeForm } from './AddNodeForm.tsx';
import { NodeForm } from './NodeForm.tsx';

export function NodesPanel() {
  const { route, selection, select } = useEditorApi();
  if (selection?.type === 'node' && route.nodes[selection.index])
    return <NodeForm index={selection.index} />;
  return (
    <div>
      <AddNodeForm />
      <h3 id="stappen-lijst">Alle stappen ({route.nodes.length})</h3>
      <ul className="item-list" aria-labelledby="stappen-lijst">
        {route.nodes.map((node, index) => (
          <li key={index}>
            <button
              type="button"
              className="item-button"
              onClick={() => select({ type: 'node', index })}
            >
              {nodeName(node)} <span className="kind-tag">{NODE_KIND_LABELS[node.kind]}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
