import { describe, expect, it } from 'vitest';
import {
  EDGE_LABEL_MAX_LINES,
  GROUP_LABEL_MAX_LINES,
  NODE_MAX_LINES,
  edgeLabelSize,
  groupLabelSize,
  nodeSize,
} from '../../../src/layout/measure.ts';
import { limitLines, wrapText } from '../../../src/layout/wrap-text.ts';

describe('wrapping a text of any length', () => {
  const long = 'Samenwerkingsverband-ondersteuningsplanraadpleging '.repeat(40) + 'x'.repeat(5000);

  it('keeps the same lines when it stops after the lines it needs', () => {
    const all = wrapText(long, 180, 13);
    const bounded = wrapText(long, 180, 13, 'normal', 3);
    expect(bounded.slice(0, 3)).toEqual(all.slice(0, 3));
    expect(bounded.length).toBeGreaterThan(3);
    expect(limitLines(bounded, 3, 180, 13)).toEqual(limitLines(all, 3, 180, 13));
  });

  it('draws a draft label of 100 000 characters in the usual few lines, cut with an ellipsis', () => {
    const label = 'x'.repeat(100_000);
    const node = nodeSize({ kind: 'role', label });
    expect(node.lines).toHaveLength(NODE_MAX_LINES);
    expect(node.lines.at(-1)).toMatch(/…$/);
    expect(edgeLabelSize(label).lines).toHaveLength(EDGE_LABEL_MAX_LINES);
    expect(groupLabelSize(label).lines).toHaveLength(GROUP_LABEL_MAX_LINES);
  });
});
