/**
 * An edge as pure SVG: a polyline through the layout's points, an arrowhead at the
 * end, and its label on a white box. EdgeLine is shared with the legend's swatches.
 */
import type { EdgeKind } from '../../core/route/route-schema.ts';
import type { LaidOutEdge, Point } from '../../layout/layout-types.ts';
import {
  EDGE_LABEL_FONT_SIZE,
  EDGE_LABEL_LINE_HEIGHT,
  EDGE_LABEL_PADDING,
} from '../../layout/box-metrics.ts';
import { arrowHead, toPointsAttribute, trimEnd } from './edge-geometry.ts';
import { edgeKindStyle } from './edge-kind-style.ts';
import { DIMMED_OPACITY, HIGHLIGHT_BAND_COLOR, type Emphasis } from './chart-highlight.ts';

export const EDGE_LABEL_TEXT_COLOR = '#1a1a1a';

export function EdgeLine({ points, kind }: { points: readonly Point[]; kind: EdgeKind }) {
  const look = edgeKindStyle(kind);
  // Thicker lines get bigger arrowheads, so the head stays visible past the line.
  const arrowLength = 9 + look.width;
  const head = arrowHead(points, arrowLength, 4 + look.width / 2);
  const line = toPointsAttribute(trimEnd(points, arrowLength - 1));
  return (
    <g className="chart-edge-line">
      <polyline
        className="chart-shape-line"
        points={line}
        fill="none"
        stroke={look.color}
        strokeWidth={look.width}
        strokeDasharray={look.dash}
        // Round caps turn the near-zero dashes of "informs" into dots.
        strokeLinecap={look.dash ? 'round' : 'butt'}
        strokeLinejoin="round"
      />
      {look.double && (
        <polyline
          points={line}
          fill="none"
          stroke="#ffffff"
          strokeWidth={look.width / 3}
          strokeLinejoin="round"
        />
      )}
      <polygon className="chart-shape-solid" points={toPointsAttribute(head)} fill={look.color} />
    </g>
  );
}

export interface ChartEdgeProps {
  edge: LaidOutEdge;
  kind: EdgeKind;
  /** A sentence for the tooltip, e.g. "Mentor verwijst naar Intern begeleider". */
  title: string;
  /** Brought forward or faded by a highlight (see chart-highlight.ts). */
  emphasis?: Emphasis;
  /** False leaves an on-demand label out (ChartScene decides). */
  withLabel?: boolean;
}

export function ChartEdge({
  edge,
  kind,
  title,
  emphasis = 'normal',
  withLabel = true,
}: ChartEdgeProps) {
  const label = withLabel ? edge.label : undefined;
  const look = edgeKindStyle(kind);
  return (
    <g
      className="chart-edge"
      data-edge-id={edge.id}
      data-edge-kind={kind}
      data-emphasis={emphasis === 'normal' ? undefined : emphasis}
      data-on-demand={edge.onDemand ? 'true' : undefined}
      opacity={emphasis === 'dimmed' ? DIMMED_OPACITY : undefined}
    >
      <title>{title}</title>
      {emphasis === 'highlighted' && (
        // A wide band under the line: the highlighted way reads as one stroke.
        <polyline
          className="chart-highlight-band"
          points={toPointsAttribute(edge.points)}
          fill="none"
          stroke={HIGHLIGHT_BAND_COLOR}
          strokeWidth={look.width + 10}
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      )}
      <EdgeLine points={edge.points} kind={kind} />
      {label && (
        <g className="chart-edge-label">
          <rect
            className="chart-shape"
            x={label.x}
            y={label.y}
            width={label.width}
            height={label.height}
            rx={3}
            fill="#ffffff"
            stroke={look.color}
            strokeWidth={1}
          />
          <text
            fontSize={EDGE_LABEL_FONT_SIZE}
            fill={EDGE_LABEL_TEXT_COLOR}
            textAnchor="middle"
            dominantBaseline="central"
          >
            {label.lines.map((line, index) => (
              <tspan
                key={index}
                x={label.x + label.width / 2}
                y={label.y + EDGE_LABEL_PADDING.y + (index + 0.5) * EDGE_LABEL_LINE_HEIGHT}
              >
                {line}
              </tspan>
            ))}
          </text>
        </g>
      )}
    </g>
  );
}
