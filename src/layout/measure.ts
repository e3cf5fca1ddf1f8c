/**
 * Sizes of everything ELK places, computed without a DOM. The chart drawing uses the
 * same constants (box-metrics.ts) to put text exactly where it was measured, so it never
 * measures text.
 *
 * Node box anatomy (top to bottom): padding.y, the label lines (LABEL_LINE_HEIGHT each),
 * padding.y. The kind is told by the box's shape (and the legend, the accessible name and
 * the details), not by a badge line: a badge made every box a third taller, and the whole
 * route no longer fitted on one screen. Text is centred
 * horizontally; padding.x on both sides is kept free. Node and edge labels are measured
 * at regular weight (group labels bold): drawn bold, a full-width line would overflow.
 */
import type { RouteNode } from '../core/route/route-schema.ts';
import { type FontWeight, textWidth } from './char-widths.ts';
import { limitLines, wrapText } from './wrap-text.ts';
import {
  LABEL_FONT_SIZE,
  LABEL_LINE_HEIGHT,
  EDGE_LABEL_FONT_SIZE,
  EDGE_LABEL_LINE_HEIGHT,
  EDGE_LABEL_PADDING,
  EDGE_LABEL_MAX_WIDTH,
  EDGE_LABEL_MAX_LINES,
  NODE_MIN_WIDTH,
  NODE_MAX_WIDTH,
  NODE_MAX_LINES,
  GROUP_FONT_SIZE,
  GROUP_FONT_WEIGHT,
  GROUP_LINE_HEIGHT,
  GROUP_LABEL_MAX_WIDTH,
  GROUP_LABEL_MAX_LINES,
  nodePadding,
} from './box-metrics.ts';

export { limitLines, textWidth, wrapText };
export type { FontWeight };

// The drawing constants are re-exported, so layout code keeps one place to import from.
export * from './box-metrics.ts';

export interface SizedText {
  width: number;
  height: number;
  lines: string[];
}

export function nodeSize(node: Pick<RouteNode, 'kind' | 'label'>): SizedText {
  const padding = nodePadding(node.kind);
  const maxTextWidth = NODE_MAX_WIDTH - 2 * padding.x;
  const wrapped = wrapText(node.label, maxTextWidth, LABEL_FONT_SIZE, 'normal', NODE_MAX_LINES);
  const lines = limitLines(wrapped, NODE_MAX_LINES, maxTextWidth, LABEL_FONT_SIZE);
  const widestText = Math.max(...lines.map((line) => textWidth(line, LABEL_FONT_SIZE)));
  const width = Math.min(
    NODE_MAX_WIDTH,
    Math.max(NODE_MIN_WIDTH, Math.ceil(widestText + 2 * padding.x)),
  );
  const textHeight = Math.max(1, lines.length) * LABEL_LINE_HEIGHT;
  return { width, height: textHeight + 2 * padding.y, lines };
}

export function edgeLabelSize(label: string): SizedText {
  const wrapped = wrapText(
    label,
    EDGE_LABEL_MAX_WIDTH,
    EDGE_LABEL_FONT_SIZE,
    'normal',
    EDGE_LABEL_MAX_LINES,
  );
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
  const wrapped = wrapText(label, GROUP_LABEL_MAX_WIDTH, ...font, GROUP_LABEL_MAX_LINES);
  const lines = limitLines(wrapped, GROUP_LABEL_MAX_LINES, GROUP_LABEL_MAX_WIDTH, ...font);
  const widest = Math.max(0, ...lines.map((line) => textWidth(line, ...font)));
  return { width: Math.ceil(widest), height: lines.length * GROUP_LINE_HEIGHT, lines };
}
