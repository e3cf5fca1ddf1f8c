import { describe, expect, it } from 'vitest';
import {
  allInView,
  chartTopOk,
  lineHeightOk,
  mark,
  paintOk,
  printOk,
} from '../../../scripts/readability/targets.ts';

describe('the readability targets of issue 10', () => {
  it('wants the chart in the first 400 px on a desktop and 600 px on a phone', () => {
    expect(chartTopOk(400, false)).toBe(true);
    expect(chartTopOk(401, false)).toBe(false);
    expect(chartTopOk(590, true)).toBe(true);
    expect(chartTopOk(1210, true)).toBe(false);
  });

  it('wants every step in view, and something to count', () => {
    expect(allInView(32, 32)).toBe(true);
    expect(allInView(21, 32)).toBe(false);
    expect(allInView(0, 0)).toBe(false);
  });

  it('asks 10 px label lines up to 35 steps, 8 px up to 50, nothing above', () => {
    expect(lineHeightOk(35, 10)).toBe(true);
    expect(lineHeightOk(35, 9.9)).toBe(false);
    expect(lineHeightOk(43, 8.2)).toBe(true);
    expect(lineHeightOk(50, 7.9)).toBe(false);
    expect(lineHeightOk(61, 3)).toBeNull();
    expect(lineHeightOk(30, null)).toBe(false);
  });

  it('asks every label on printed page 1 up to 50 steps', () => {
    expect(printOk(32, 32, 32)).toBe(true);
    expect(printOk(32, 3, 32)).toBe(false);
    expect(printOk(61, 3, 61)).toBeNull();
  });

  it('allows first paint with JavaScript up to 1.3 times the paint without', () => {
    expect(paintOk(1.3)).toBe(true);
    expect(paintOk(1.31)).toBe(false);
  });

  it('marks met, missed and not applicable', () => {
    expect([true, false, null].map(mark)).toEqual(['✓', '✗', '–']);
  });
});
