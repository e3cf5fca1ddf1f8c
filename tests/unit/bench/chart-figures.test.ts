import { describe, expect, it } from 'vitest';
import {
  type ChartSnapshot,
  type NodeSnapshot,
  intersect,
  labelLineHeights,
  median,
  stepsInView,
  visibleChartBox,
} from '../../../scripts/readability/chart-figures.ts';

const rect = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });

function node(id: string, box = rect(0, 0, 10, 10), overrides: Partial<NodeSnapshot> = {}) {
  return { id, box, highlighted: false, lines: [id], label: null, ...overrides };
}

function snapshot(nodes: NodeSnapshot[], overrides: Partial<ChartSnapshot> = {}): ChartSnapshot {
  return {
    chartTop: 0,
    chartBox: rect(100, 100, 400, 300),
    drawingBox: rect(100, 100, 400, 300),
    window: { width: 1280, height: 800 },
    nodes,
    ...overrides,
  };
}

describe('steps in view', () => {
  it('counts steps wholly inside the visible chart box, and of those the ones in the window', () => {
    const figures = stepsInView(
      snapshot(
        [
          node('inside', rect(120, 120, 50, 30)),
          node('on-the-edge', rect(100, 100, 400, 300)),
          node('half-out', rect(480, 120, 50, 30)),
          node('below', rect(120, 420, 50, 30)),
        ],
        { window: { width: 1280, height: 140 } },
      ),
    );
    expect(figures).toEqual({ total: 4, inChart: 2, inChartAndWindow: 0 });
  });

  it('clips the chart box to its drawing', () => {
    const shot = snapshot([node('under-the-drawing', rect(120, 320, 50, 30))], {
      drawingBox: rect(100, 100, 400, 200),
    });
    expect(visibleChartBox(shot)).toEqual(rect(100, 100, 400, 200));
    expect(stepsInView(shot).inChart).toBe(0);
  });

  it('counts only the steps asked for, e.g. the highlighted ones', () => {
    const shot = snapshot([
      node('a', rect(120, 120, 50, 30), { highlighted: true }),
      node('b', rect(900, 120, 50, 30), { highlighted: true }),
      node('c', rect(120, 200, 50, 30)),
    ]);
    expect(stepsInView(shot, (n) => n.highlighted)).toEqual({
      total: 2,
      inChart: 1,
      inChartAndWindow: 1,
    });
  });

  it('gives an empty intersection for boxes apart', () => {
    expect(intersect(rect(0, 0, 10, 10), rect(20, 20, 5, 5))).toEqual(rect(20, 20, 0, 0));
  });
});

describe('label line height', () => {
  const label = (scale: number, linePitch: number | null) => ({ scale, fontSize: 14, linePitch });

  it('takes the distance between lines, and the same ratio for one-line labels', () => {
    const nodes = [
      node('two-lines', undefined, { label: label(0.5, 9) }),
      node('one-line', undefined, { label: label(0.5, null) }),
      node('one-line-bigger', undefined, { label: label(1, null) }),
      node('no-label'),
    ];
    // 9 px per line at 0.5 px per unit with 14-unit text: ratio 9 / 7.
    expect(labelLineHeights(nodes, 1.2)).toEqual([9, 9, 18]);
  });

  it('falls back to the given ratio when no label has two lines', () => {
    expect(labelLineHeights([node('a', undefined, { label: label(0.5, null) })], 18 / 14)).toEqual([
      9,
    ]);
  });

  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
