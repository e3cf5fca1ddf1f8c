import { NODE_KIND_LABELS } from '../../../src/core/route/route-model.ts';
import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '../../../src/core/route/route-schema.ts';
import {
  EDGE_LABEL_FONT_SIZE,
  EDGE_LABEL_PADDING,
  edgeLabelSize,
  GROUP_FONT_SIZE,
  GROUP_LABEL_MAX_LINES,
  GROUP_LABEL_MAX_WIDTH,
  GROUP_LINE_HEIGHT,
  groupLabelSize,
  LABEL_FONT_SIZE,
  LABEL_LINE_HEIGHT,
  NODE_MAX_LINES,
  NODE_MAX_WIDTH,
  NODE_MIN_WIDTH,
  nodePadding,
  nodeSize,
  textWidth,
} from '../../../src/layout/measure.ts';
import { SAMPLE_LABELS as LABELS } from './sample-labels.ts';

describe('nodeSize', () => {
  it('sizes every kind and label within the bounds, with text that fits inside the padding', () => {
    for (const kind of NODE_KINDS) {
      for (const label of LABELS) {
        const size = nodeSize({ kind, label });
        const padding = nodePadding(kind);
        expect(size.width).toBeGreaterThanOrEqual(NODE_MIN_WIDTH);
        expect(size.width).toBeLessThanOrEqual(NODE_MAX_WIDTH);
        expect(size.lines.length).toBeGreaterThanOrEqual(1);
        expect(size.lines.length).toBeLessThanOrEqual(NODE_MAX_LINES);
        for (const line of size.lines)
          expect(textWidth(line, LABEL_FONT_SIZE)).toBeLessThanOrEqual(size.width - 2 * padding.x);
        // No kind badge: the shape tells the kind, so a box is its label and padding.
        expect(size.height).toBe(2 * padding.y + size.lines.length * LABEL_LINE_HEIGHT);
      }
    }
  });

  it('gives a short label the minimum width and one line', () => {
    expect(nodeSize({ kind: 'role', label: 'Mentor' })).toEqual({
      width: NODE_MIN_WIDTH,
      height: expect.any(Number),
      lines: ['Mentor'],
    });
  });

  it('cuts a label that needs more than three lines with an ellipsis', () => {
    const label =
      'Overleg over de terugkeer naar school na een lange periode van ziekteverzuim en thuiszitten, met leerling, ouders, jeugdarts en leerplicht';
    const { lines } = nodeSize({ kind: 'step', label });
    expect(lines).toHaveLength(NODE_MAX_LINES);
    expect(lines.at(-1)?.endsWith('…')).toBe(true);
  });

  it('gives the octagon kinds (decision, consent) more room around the same text', () => {
    const label = 'Gesprek met leerling en ouders';
    expect(nodeSize({ kind: 'decision', label }).height).toBeGreaterThan(
      nodeSize({ kind: 'step', label }).height,
    );
    expect(nodePadding('consent').x).toBeGreaterThan(nodePadding('role').x);
  });

  it('has a Dutch badge for every kind that fits the widest box', () => {
    for (const kind of NODE_KINDS) {
      expect(NODE_KIND_LABELS[kind].length).toBeGreaterThan(0);
      expect(textWidth(NODE_KIND_LABELS[kind], 12)).toBeLessThanOrEqual(
        NODE_MAX_WIDTH - 2 * nodePadding(kind).x,
      );
    }
    expect(NODE_KIND_LABELS.service).toBe('Partner buiten school');
  });
});

describe('edgeLabelSize', () => {
  it('wraps into at most two lines and holds them with padding', () => {
    for (const label of [
      'ja',
      'leefvraag',
      'bij zorgen over de veiligheid van het kind thuis of op school',
    ]) {
      const size = edgeLabelSize(label);
      expect(size.lines.length).toBeGreaterThanOrEqual(1);
      expect(size.lines.length).toBeLessThanOrEqual(2);
      for (const line of size.lines)
        expect(
          textWidth(line, EDGE_LABEL_FONT_SIZE) + 2 * EDGE_LABEL_PADDING.x,
        ).toBeLessThanOrEqual(size.width);
    }
  });
});

describe('groupLabelSize', () => {
  it('measures the bold group label: at most two lines, each within the group label width', () => {
    const label =
      'Tweede schil: ondersteuning door het zorg- en adviesteam en de partners van de school';
    const size = groupLabelSize(label);
    expect(size.lines.length).toBeLessThanOrEqual(GROUP_LABEL_MAX_LINES);
    for (const line of size.lines) {
      expect(textWidth(line, GROUP_FONT_SIZE, 'bold')).toBeLessThanOrEqual(size.width);
      expect(size.width).toBeLessThanOrEqual(GROUP_LABEL_MAX_WIDTH);
    }
    expect(size.height).toBe(size.lines.length * GROUP_LINE_HEIGHT);
  });
});
