/**
 * The editor's chart: React Flow for pan, zoom, selection and connecting by dragging
 * from a handle. Positions always come from the ELK layout (nodes are not draggable);
 * the forms beside it do everything the canvas does, without a mouse.
 */
import {
  type Connection,
  Controls,
  type NodeChange,
  ReactFlow,
  ReactFlowProvider,
} from '@xyflow/react';
import '@xyflow/react/dist/base.css';
import { useMemo, useRef, useState } from 'react';
import type { EdgeKind, Route } from '../../../core/route/route-schema.ts';
import { type RouteLayout, edgeId as layoutEdgeId } from '../../../layout/layout-types.ts';
import { FOCUS_IDS, useEditorApi } from '../editor-context.ts';
import { EDGE_KIND_OPTIONS } from '../kind-options.ts';
import { buildFlow, edgeSignature, nodeSignature } from './flow-model.ts';
import { DUTCH_FLOW_LABELS } from './flow-labels.ts';
import { FlowEdge } from './FlowEdge.tsx';
import { FlowGroup } from './FlowGroup.tsx';
import { FlowNode } from './FlowNode.tsx';
import { showInitialView } from './initial-view.ts';
import { useCanvasActions } from './use-canvas-actions.ts';
import { useRevealSelection } from './use-reveal-selection.ts';
import { useStableItems } from './use-stable-items.ts';

const NODE_TYPES = { routeNode: FlowNode, routeGroup: FlowGroup };
const EDGE_TYPES = { routeEdge: FlowEdge };

export interface EditorCanvasProps {
  layout: RouteLayout;
  /** The route the layout was made for: it can lag behind the route being typed in. */
  laidOutRoute: Route;
}

export function EditorCanvas(props: EditorCanvasProps) {
  return (
    <ReactFlowProvider>
      <CanvasFlow {...props} />
    </ReactFlowProvider>
  );
}

function CanvasFlow({ layout, laidOutRoute }: EditorCanvasProps) {
  const api = useEditorApi();
  const [dragKind, setDragKind] = useState<EdgeKind>('refers');
  const { selection, route } = api;
  const nodeId = selection?.type === 'node' ? route.nodes[selection.index]?.id : undefined;
  const selectedEdge = selection?.type === 'edge' ? route.edges[selection.index] : undefined;
  const edgeId = selectedEdge ? layoutEdgeId(selectedEdge) : undefined;
  // Rebuilt only for a new layout or selection, not for every keystroke in a form.
  const flow = useMemo(
    () => buildFlow(laidOutRoute, layout, { nodeId, edgeId }),
    [laidOutRoute, layout, nodeId, edgeId],
  );
  const nodes = useStableItems(flow.nodes, nodeSignature);
  const edges = useStableItems(flow.edges, edgeSignature);
  const actions = useCanvasActions(dragKind);
  const frame = useRef<HTMLDivElement>(null);
  useRevealSelection(nodes);

  return (
    <div className="editor-canvas">
      <div className="canvas-toolbar">
        <label htmlFor="sleep-soort">Soort verbinding bij slepen</label>
        <select
          id="sleep-soort"
          value={dragKind}
          onChange={(event) => setDragKind(event.target.value as EdgeKind)}
        >
          {EDGE_KIND_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <p className="field-hint">
          Sleep van het bolletje onder een stap naar een andere stap om ze te verbinden. Zonder
          muis: gebruik de formulieren bij het schema.
        </p>
      </div>
      <div
        ref={frame}
        id={FOCUS_IDS.canvas}
        // Focus returns here when the focused step is deleted from the chart.
        tabIndex={-1}
        className="canvas-frame"
        role="group"
        aria-label="Schema van de route (bewerken)"
        onKeyDown={actions.onKeyDown}
      >
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          onNodesChange={(changes: NodeChange[]) => actions.onSelectChanges(changes)}
          onNodeClick={(_, node) => actions.selectNodeById(node.id)}
          onEdgeClick={(_, edge) => actions.selectEdgeById(edge.id)}
          onConnect={(connection: Connection) => actions.connect(connection)}
          nodesDraggable={false}
          nodesConnectable
          elementsSelectable
          edgesFocusable={false}
          deleteKeyCode={null}
          selectionKeyCode={null}
          multiSelectionKeyCode={null}
          onInit={(instance) => showInitialView(instance, layout, frame.current)}
          minZoom={0.1}
          maxZoom={2}
          ariaLabelConfig={DUTCH_FLOW_LABELS}
          // The English corner link sits over the chart; React Flow is credited in the README.
          proOptions={{ hideAttribution: true }}
        >
          <Controls showInteractive={false} />
        </ReactFlow>
      </div>
    </div>
  );
}
