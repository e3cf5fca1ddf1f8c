/**
 * A rounded frame drawn `offset` units outside a node's box. Focus rings, the selection
 * frame and the highlight mark are all such frames, in the route chart and in the social
 * map's network; they differ only in distance, colour and weight.
 */
import type { Box } from '../../layout/layout-types.ts';

/** The focus colour of the site's own focus outline, also used for SVG focus rings. */
export const FOCUS_COLOR = '#0b57d0';
/** The selected node's frame: near-black, ≥ 3:1 against every background (chart-colors test). */
export const SELECTION_COLOR = '#111111';

export interface BoxFrameProps {
  box: Box;
  offset: number;
  radius: number;
  colour: string;
  strokeWidth: number;
  className?: string;
}

export function BoxFrame({ box, offset, radius, colour, strokeWidth, className }: BoxFrameProps) {
  return (
    <rect
      className={className}
      x={box.x - offset}
      y={box.y - offset}
      width={box.width + 2 * offset}
      height={box.height + 2 * offset}
      rx={radius}
      fill="none"
      stroke={colour}
      strokeWidth={strokeWidth}
    />
  );
}
