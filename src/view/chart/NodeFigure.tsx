/**
 * One node as pure SVG: shape (which tells the kind), label lines, and the selection marker.
 * No events and no DOM access, so it serves the interactive chart, prerendering,
 * and later a standalone SVG for download or print alike.
 */
import type { NodeKind } from '../../core/route/route-schema.ts';
import type { LaidOutNode } from '../../layout/layout-types.ts';
import { LABEL_FONT_SIZE, LABEL_LINE_HEIGHT, nodePadding } from '../../layout/box-metrics.ts';
import { BoxFrame, SELECTION_COLOR } from './box-frame.tsx';
import { NodeShape } from './node-shape.tsx';
import { NODE_TEXT_COLOR, nodeKindStyle } from './node-kind-style.ts';
import { DIMMED_OPACITY, DIMMED_TEXT_COLOR, type Emphasis } from './chart-highlight.ts';
import { HighlightMarker, HighlightNumber } from './HighlightMarker.tsx';

/** How far the selection frame sits outside the node box. */
const SELECTION_OFFSET = 6;

export interface NodeFigureProps {
  node: LaidOutNode;
  kind: NodeKind;
  selected?: boolean;
  /** Brought forward or faded by a highlight (see chart-highlight.ts). */
  emphasis?: Emphasis;
  /** Step number drawn on a highlighted node. */
  number?: number;
}

export function NodeFigure({
  node,
  kind,
  selected = false,
  emphasis = 'normal',
  number,
}: NodeFigureProps) {
  const look = nodeKindStyle(kind);
  const centreX = node.x + node.width / 2;
  // Same anatomy as measure.ts: padding, label lines. The shape tells the kind.
  const labelTop = node.y + nodePadding(kind).y;
  const dimmed = emphasis === 'dimmed';
  return (
    <g className="chart-node-figure" data-emphasis={emphasis === 'normal' ? undefined : emphasis}>
      {emphasis === 'highlighted' && <HighlightMarker box={node} />}
      {selected && <SelectionMarker node={node} />}
      <g opacity={dimmed ? DIMMED_OPACITY : undefined}>
        <NodeShape
          kind={kind}
          box={node}
          stroke={look.stroke}
          fill={look.fill}
          strokeWidth={selected ? 3.5 : 2}
        />
      </g>
      {/* Faded label text stays readable (outside the opacity group). */}
      <text
        className="chart-node-label"
        fontSize={LABEL_FONT_SIZE}
        fontWeight={selected ? 700 : 400}
        fill={dimmed ? DIMMED_TEXT_COLOR : NODE_TEXT_COLOR}
        textAnchor="middle"
        dominantBaseline="central"
      >
        {node.lines.map((line, index) => (
          <tspan key={index} x={centreX} y={labelTop + (index + 0.5) * LABEL_LINE_HEIGHT}>
            {line}
          </tspan>
        ))}
      </text>
      {emphasis === 'highlighted' && number !== undefined && (
        <HighlightNumber box={node} number={number} />
      )}
    </g>
  );
}

/**
 * A thick dark frame around the box plus a pointer triangle at its left: visible
 * without colour vision, and different from the focus ring (drawn in ChartNode).
 */
function SelectionMarker({ node }: { node: LaidOutNode }) {
  const o = SELECTION_OFFSET;
  const midY = node.y + node.height / 2;
  const tipX = node.x - o - 3;
  return (
    <g className="chart-selection" aria-hidden="true">
      <BoxFrame box={node} offset={o} radius={12} colour={SELECTION_COLOR} strokeWidth={3} />
      <polygon
        points={`${tipX - 12},${midY - 8} ${tipX},${midY} ${tipX - 12},${midY + 8}`}
        fill={SELECTION_COLOR}
      />
    </g>
  );
}
