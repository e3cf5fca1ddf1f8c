/**
 * Sizes of everything ELK places, computed without a DOM. The chart drawing uses the
 * same constants to put text exactly where it was measured, so it never measures text.
 *
 * Node box anatomy (top to bottom): padding.y, one kind-badge line (BADGE_LINE_HEIGHT),
 * BADGE_GAP, the label lines (LABEL_LINE_HEIGHT each), padding.y. Text is centred
 * horizontally; padding.x on both sides is kept free. Node and edge labels are measured
 * at regular weight (group labels bold): drawn bold, a full-width line would overflow.
 */
import { NODE_KIND_LABELS } from '../core/route/route-model.ts';
import type { NodeKind, RouteNode } from '../core/route/route-schema.ts';
import { type FontWeight, textWidth } from './char-widths.ts';
import { limitLines, wrapText } from './wrap-text.ts';

export { limitLines, textWidth, wrapText };
export type { FontWeight };

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

export const NODE_MIN_WIDTH = 150;
export const NODE_MAX_WIDTH = 220;
export const NODE_MAX_LINES = 3;
export const NODE_PADDING = { x: 12, y: 8 } as const;
/** Decision and consent nodes are drawn as octagons: their cut corners need room. */
export const SHAPED_NODE_PADDING = { x: 26, y: 12 } as const;

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

export interface SizedText {
  width: number;
  height: number;
  lines: string[];
}

export function nodeSize(node: Pick<RouteNode, 'kind' | 'label'>): SizedText {
  const padding = nodePadding(node.kind);
  const maxTextWidth = NODE_MAX_WIDTH - 2 * padding.x;
  const wrapped = wrapText(node.label, maxTextWidth, LABEL_FONT_SIZE);
  const lines = limitLines(wrapped, NODE_MAX_LINES, maxTextWidth, LABEL_FONT_SIZE);
  const widestText = Math.max(
    textWidth(NODE_KIND_LABELS[node.kind], BADGE_FONT_SIZE),
    ...lines.map((line) => textWidth(line, LABEL_FONT_SIZE)),
  );
  const width = Math.min(
    NODE_MAX_WIDTH,
    Math.max(NODE_MIN_WIDTH, Math.ceil(widestText + 2 * padding.x)),
  );
  const textHeight = BADGE_LINE_HEIGHT + BADGE_GAP + Math.max(1, lines.length) * LABEL_LINE_HEIGHT;
  return { width, height: textHeight + 2 * padding.y, lines };
}

export function edgeLabelSize(label: string): SizedText {
  const wrapped = wrapText(label, EDGE_LABEL_MAX_WIDTH, EDGE_LABEL_FONT_SIZE);
  const lines = limitLines(
    wrapped,
    EDGE_LABEL_MAX_LINES,
    EDGE_LABEL_MAX_WIDTH,
    EDGE_LABEL_FONT_SIZE,
  );
  const widest = Math.max(0, ...lines.map((line) => textWidth(line, EDGE_LABEL_FONT_SIZE)));
  return {
    width: Math.ceil(widest + 2 * EDGE_LABEL_PADDING.x),
    height: lines.length * EDGE_LABEL_LINE_HEIGHT + 2 * EDGE_LABEL_PADDING.y,
    lines,
  };
}

/** A group's label sits in its top padding; width is what the group must at least be. */
export function groupLabelSize(label: string): SizedText {
  const font = [GROUP_FONT_SIZE, GROUP_FONT_WEIGHT] as const;
  const wrapped = wrapText(label, GROUP_LABEL_MAX_WIDTH, ...font);
  const lines = limitLines(wrapped, GROUP_LABEL_MAX_LINES, GROUP_LABEL_MAX_WIDTH, ...font);
  const widest = Math.max(0, ...lines.map((line) => textWidth(line, ...font)));
  return { width: Math.ceil(widest), height: lines.length * GROUP_LINE_HEIGHT, lines };
}
