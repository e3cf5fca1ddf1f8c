/**
 * One node as pure SVG: shape (which tells the kind), label lines, and the selection marker.
 * No events and no DOM access, so it serves the interactive chart, prerendering,
 * and later a standalone SVG for download or print alike.
 */
import type { NodeKind } from '../../core/route/route-schema.ts';
import type { LaidOutNode } from '../../layout/layout-types.ts';
import { nodePadding } from '../../layout/box-metrics.ts';
import { BoxFrame, SELECTION_COLOR } from './box-frame.tsx';
import { NodeLabelLines } from './node-label.tsx';
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
  /** The whole label (`node.lines` is wrapped, maybe shortened); defaults to the lines. */
  label?: string;
}

export function NodeFigure({
  node,
  kind,
  selected = false,
  emphasis = 'normal',
  number,
  label = node.lines.join(' '),
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
      {/* Spaces between the texts: read as text, badge, label and number stay words. */}{' '}
      {/* Faded label text stays readable (outside the opacity group). */}
      <NodeLabelLines
        className="chart-node-label"
        lines={node.lines}
        label={label}
        centreX={centreX}
        top={labelTop}
        fill={dimmed ? DIMMED_TEXT_COLOR : NODE_TEXT_COLOR}
        fontWeight={selected ? 700 : 400}
      />{' '}
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
