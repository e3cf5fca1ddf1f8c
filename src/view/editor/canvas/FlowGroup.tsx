/** A group box behind its nodes on the editor canvas, drawn like on the route page. */
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { ChartGroupBox, ChartGroupLabel } from '../../chart/ChartGroup.tsx';
import { bandLabelTop } from '../../../layout/box-metrics.ts';
import type { GroupFlowNode } from './flow-model.ts';

function FlowGroupView({ data }: NodeProps<GroupFlowNode>) {
  const { group } = data;
  return (
    <svg
      width={group.width}
      height={group.height}
      viewBox={`${group.x} ${group.y} ${group.width} ${group.height}`}
      style={{ overflow: 'visible', display: 'block' }}
      aria-hidden="true"
    >
      <ChartGroupBox group={group} />
      <ChartGroupLabel group={group} top={bandLabelTop(group)} />
    </svg>
  );
}

export const FlowGroup = memo(FlowGroupView);
