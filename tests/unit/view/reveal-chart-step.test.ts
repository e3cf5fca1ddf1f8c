import { describe, expect, it } from 'vitest';
import { scrollToShow } from '../../../src/view/components/reveal-chart-step.ts';

describe('scrollToShow', () => {
  it('does not scroll for a box already in the window', () => {
    expect(scrollToShow(100, 160, 800)).toBe(0);
  });

  it('scrolls up just enough for a box above the window', () => {
    expect(scrollToShow(-616, -549, 800)).toBe(-632);
  });

  it('scrolls down just enough for a box below the window', () => {
    expect(scrollToShow(900, 960, 800)).toBe(176);
  });

  it('shows the top of a box taller than the window', () => {
    expect(scrollToShow(300, 1400, 800)).toBe(284);
  });
});
