/**
 * The fixed metrics of every box ELK places: font sizes, line heights, paddings and
 * kind badges. The chart draws with these and never measures text, so they live apart
 * from the text measuring in measure.ts: a page that only draws a laid-out route
 * (the route page) then does not ship the character-width table and word wrapping.
 */
import type { NodeKind } from '../core/route/route-schema.ts';
import type { FontWeight } from './char-widths.ts';

export const LABEL_FONT_SIZE = 14;
export const LABEL_LINE_HEIGHT = 18;
export const BADGE_FONT_SIZE = 12;
export const BADGE_LINE_HEIGHT = 16;
/** Space between the kind badge and the first label line. */
export const BADGE_GAP = 2;
export const EDGE_LABEL_FONT_SIZE = 12;
export const EDGE_LABEL_LINE_HEIGHT = 16;
export const EDGE_LABEL_PADDING = { x: 4, y: 2 } as const;
export const EDGE_LABEL_MAX_WIDTH = 140;
export const EDGE_LABEL_MAX_LINES = 2;

export const NODE_MIN_WIDTH = 120;
export const NODE_MAX_WIDTH = 240;
export const NODE_MAX_LINES = 3;
export const NODE_PADDING = { x: 10, y: 7 } as const;
/** Decision and consent nodes are drawn as octagons: their cut corners need room. */
export const SHAPED_NODE_PADDING = { x: 24, y: 9 } as const;

export const GROUP_FONT_SIZE = 14;
/** Group labels are drawn bold, so they are measured bold. */
export const GROUP_FONT_WEIGHT = 'bold' satisfies FontWeight;
export const GROUP_LINE_HEIGHT = 18;
export const GROUP_LABEL_MAX_WIDTH = 280;
export const GROUP_LABEL_MAX_LINES = 2;
/** Space around a group's children; the label's top-left corner is this far inside the group. */
export const GROUP_PADDING = 14;
/** Space between a group's label and its first children. */
export const GROUP_LABEL_GAP = 8;

/**
 * Route groups are drawn as bands across the whole chart (levels: eerste schil, tweede
 * schil, buiten school). A band's label sits this far inside its top-left corner, and the
 * band reaches this far past its nodes at the bottom.
 */
export const BAND_LABEL_INSET = 6;
export const BAND_BOTTOM_PADDING = 8;
/** Space between a band's label and its first nodes. */
export const BAND_LABEL_GAP = 4;

/**
 * Where a band's label starts: BAND_LABEL_INSET inside the band's top, which is where
 * band-spacing.ts made room for it, above the band's first nodes. (The drawing must use
 * this, not GROUP_PADDING: the label then overlapped the first boxes and their lines.)
 */
export function bandLabelTop(band: { y: number }): number {
  return band.y + BAND_LABEL_INSET;
}

// The kind badges say what the legend and the text route say: one list, in src/core.
export { NODE_KIND_LABELS } from '../core/route/route-model.ts';

/** Kinds drawn as octagons rather than rectangles; a Record so a new kind must be decided. */
const SHAPED_KINDS: Record<NodeKind, boolean> = {
  role: false,
  team: false,
  step: false,
  decision: true,
  document: false,
  service: false,
  consent: true,
  protocol: false,
};

export function nodePadding(kind: NodeKind): { readonly x: number; readonly y: number } {
  return SHAPED_KINDS[kind] ? SHAPED_NODE_PADDING : NODE_PADDING;
}
