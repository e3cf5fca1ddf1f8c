/**
 * An edge on the editor canvas: the route page's ChartEdge along ELK's bend points (not
 * React Flow's own path), with a wide invisible line to click and a halo when selected.
 */
import type { EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { toPointsAttribute } from '../../chart/edge-geometry.ts';
import { ChartEdge } from '../../chart/ChartEdge.tsx';
import type { RouteFlowEdge } from './flow-model.ts';

function FlowEdgeView({ data, selected }: EdgeProps<RouteFlowEdge>) {
  if (!data) return null;
  const points = toPointsAttribute(data.edge.points);
  return (
    <g className="flow-edge">
      {selected && (
        <polyline
          points={points}
          fill="none"
          stroke="#f5b400"
          strokeWidth={10}
          strokeLinejoin="round"
          opacity={0.6}
        />
      )}
      <ChartEdge edge={data.edge} kind={data.kind} title={data.title} />
      <polyline
        className="flow-edge-hit"
        points={points}
        fill="none"
        stroke="transparent"
        strokeWidth={14}
      />
    </g>
  );
}

export const FlowEdge = memo(FlowEdgeView);
