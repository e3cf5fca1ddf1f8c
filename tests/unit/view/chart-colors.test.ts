/** WCAG 2.2 AA for the chart's colours: text ≥ 4.5:1, borders and lines ≥ 3:1. */
import { describe, expect, it } from 'vitest';
import { EDGE_KINDS, NODE_KINDS } from '../../../src/core/route/route-schema.ts';
import { EDGE_LABEL_TEXT_COLOR } from '../../../src/view/chart/ChartEdge.tsx';
import { GROUP_FILL, GROUP_TEXT_COLOR } from '../../../src/view/chart/ChartGroup.tsx';
import { edgeKindStyle } from '../../../src/view/chart/edge-kind-style.ts';
import { FOCUS_COLOR, SELECTION_COLOR } from '../../../src/view/chart/box-frame.tsx';
import { NODE_TEXT_COLOR, nodeKindStyle } from '../../../src/view/chart/node-kind-style.ts';

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  ) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const WHITE = '#ffffff';
const BACKGROUNDS = [WHITE, GROUP_FILL];

describe('chart colours', () => {
  it('computes contrast like WCAG', () => {
    expect(contrast('#000000', WHITE)).toBeCloseTo(21);
    expect(contrast('#767676', WHITE)).toBeCloseTo(4.54, 1);
  });

  it.each(NODE_KINDS)('node kind %s: text ≥ 4.5:1 on its fill, border ≥ 3:1 around it', (kind) => {
    const look = nodeKindStyle(kind);
    expect(contrast(NODE_TEXT_COLOR, look.fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(look.stroke, look.fill)).toBeGreaterThanOrEqual(4.5); // badge text
    for (const background of BACKGROUNDS)
      expect(contrast(look.stroke, background)).toBeGreaterThanOrEqual(3);
  });

  it.each(EDGE_KINDS)('edge kind %s: line ≥ 3:1 on white and on group boxes', (kind) => {
    for (const background of BACKGROUNDS)
      expect(contrast(edgeKindStyle(kind).color, background)).toBeGreaterThanOrEqual(3);
  });

  it('group labels, edge labels and the selection frame are readable', () => {
    expect(contrast(GROUP_TEXT_COLOR, GROUP_FILL)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(EDGE_LABEL_TEXT_COLOR, WHITE)).toBeGreaterThanOrEqual(4.5);
    for (const background of BACKGROUNDS)
      expect(contrast(SELECTION_COLOR, background)).toBeGreaterThanOrEqual(3);
  });

  it('the focus ring stands out from white and from group boxes (WCAG 2.4.13 / 1.4.11)', () => {
    for (const background of BACKGROUNDS)
      expect(contrast(FOCUS_COLOR, background)).toBeGreaterThanOrEqual(3);
  });
});
