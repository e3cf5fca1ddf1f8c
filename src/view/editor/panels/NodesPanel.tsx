/** All steps as a list of buttons (keyboard selection), the form for a new step, or one step's form. */
import { NODE_KIND_LABELS } from '../../../core/route/route-model.ts';
import { FOCUS_IDS, useEditorApi } from '../editor-context.ts';
import { nodeName } from '../item-names.ts';
import { AddNodeForm } from './AddNodeForm.tsx';
import { NodeForm } from './NodeForm.tsx';

export function NodesPanel() {
  const { route, selection, select, focusElement } = useEditorApi();
  if (selection?.type === 'node' && route.nodes[selection.index])
    return <NodeForm index={selection.index} />;
  return (
    <div>
      <AddNodeForm />
      {/* Focus lands here after a step is deleted (tabIndex -1: reachable by script only). */}
      <h3 id={FOCUS_IDS.nodeList} tabIndex={-1}>
        Alle stappen ({route.nodes.length})
      </h3>
      <ul className="item-list" aria-labelledby={FOCUS_IDS.nodeList}>
        {route.nodes.map((node, index) => (
          <li key={index}>
            <button
              type="button"
              className="item-button"
              onClick={() => {
                select({ type: 'node', index });
                // The list gives way to the step's form: focus its heading, not <body>.
                focusElement(FOCUS_IDS.nodeHeading);
              }}
            >
              {nodeName(node)} <span className="kind-tag">{NODE_KIND_LABELS[node.kind]}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
