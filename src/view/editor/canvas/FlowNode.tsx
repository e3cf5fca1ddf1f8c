/** A route node on the editor canvas: the route page's NodeFigure, plus handles to drag a connection from. */
import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { NodeFigure } from '../../chart/NodeFigure.tsx';
import type { RouteFlowNode } from './flow-model.ts';

/** Room for the selection marker, which NodeFigure draws outside the box. */
const OVERFLOW = 24;

function FlowNodeView({ data, selected }: NodeProps<RouteFlowNode>) {
  const { node, kind } = data;
  return (
    <>
      <Handle type="target" position={Position.Top} id="in" className="flow-handle" />
      <svg
        className="flow-node-figure"
        width={node.width + 2 * OVERFLOW}
        height={node.height + 2 * OVERFLOW}
        viewBox={`${node.x - OVERFLOW} ${node.y - OVERFLOW} ${node.width + 2 * OVERFLOW} ${node.height + 2 * OVERFLOW}`}
        style={{ margin: -OVERFLOW }}
        aria-hidden="true"
      >
        <NodeFigure node={node} kind={kind} selected={selected} />
      </svg>
      <Handle type="source" position={Position.Bottom} id="uit" className="flow-handle" />
    </>
  );
}

export const FlowNode = memo(FlowNodeView);
