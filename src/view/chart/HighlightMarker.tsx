/**
 * How a highlighted node is marked, without relying on colour: a thick frame around
 * its box and, on a way between two nodes, a numbered disc on its top-left corner.
 * Pure SVG, so it shows the same on the page, in print and in a standalone SVG.
 */
import type { Box } from '../../layout/layout-types.ts';
import { BoxFrame } from './box-frame.tsx';
import { HIGHLIGHT_COLOR } from './chart-highlight.ts';

/** Outside the node, inside the selection frame (offset 6) so both can show at once. */
const FRAME_OFFSET = 3;
const NUMBER_RADIUS = 12;

export function HighlightMarker({ box }: { box: Box }) {
  return (
    <BoxFrame
      className="chart-highlight chart-shape-line"
      box={box}
      offset={FRAME_OFFSET}
      radius={10}
      colour={HIGHLIGHT_COLOR}
      strokeWidth={5}
    />
  );
}

export function HighlightNumber({ box, number }: { box: Box; number: number }) {
  const cx = box.x + 2;
  const cy = box.y + 2;
  return (
    <g className="chart-highlight-number" aria-hidden="true">
      <circle
        className="chart-shape-solid"
        cx={cx}
        cy={cy}
        r={NUMBER_RADIUS}
        fill={HIGHLIGHT_COLOR}
        stroke="#ffffff"
        strokeWidth={2}
      />
      <text
        x={cx}
        y={cy}
        fontSize={13}
        fontWeight={700}
        fill="#ffffff"
        textAnchor="middle"
        dominantBaseline="central"
      >
        {number}
      </text>
    </g>
  );
}
