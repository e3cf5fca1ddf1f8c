/**
 * A group as a light box behind its nodes, and its label. The label is drawn in a
 * later layer than the edges, with a halo in the box colour, so an edge that crosses
 * it never makes it unreadable. Pure SVG, no events.
 */
import type { LaidOutGroup } from '../../layout/layout-types.ts';
import { GROUP_FONT_SIZE, GROUP_LINE_HEIGHT, GROUP_PADDING } from '../../layout/box-metrics.ts';

export const GROUP_FILL = '#f4f6f8';
export const GROUP_STROKE = '#7d8794';
export const GROUP_TEXT_COLOR = '#333a44';

export function ChartGroupBox({ group }: { group: LaidOutGroup }) {
  return (
    <rect
      className="chart-group chart-shape"
      data-group-id={group.id}
      x={group.x}
      y={group.y}
      width={group.width}
      height={group.height}
      rx={12}
      fill={GROUP_FILL}
      stroke={GROUP_STROKE}
      strokeWidth={1.25}
    />
  );
}

/**
 * `top`: where the label's first line starts. A route chart's bands have room for it just
 * inside their top (layout's bandLabelTop); the social map's clusters at GROUP_PADDING.
 */
export function ChartGroupLabel({
  group,
  top = group.y + GROUP_PADDING,
}: {
  group: LaidOutGroup;
  top?: number;
}) {
  const left = group.x + GROUP_PADDING;
  return (
    <text
      className="chart-group-label"
      fontSize={GROUP_FONT_SIZE}
      fontWeight={700}
      fill={GROUP_TEXT_COLOR}
      stroke={GROUP_FILL}
      strokeWidth={4}
      strokeLinejoin="round"
      paintOrder="stroke"
      dominantBaseline="central"
    >
      {group.lines.map((line, index) => (
        <tspan key={index} x={left} y={top + (index + 0.5) * GROUP_LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
