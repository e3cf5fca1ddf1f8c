/**
 * The readability targets of issue 10, as checks on the measured figures. `null` means
 * the target does not apply (e.g. label size above 50 steps, print above 50 steps).
 */
export const TARGETS = {
  chartTopDesktopPx: 400,
  chartTopPhonePx: 600,
  /** Up to this many steps, labels must be drawn at least this tall (px per line). */
  lineHeight: [
    { upToSteps: 35, minPx: 10 },
    { upToSteps: 50, minPx: 8 },
  ],
  printAllLabelsUpToSteps: 50,
  paintRatio: 1.3,
} as const;

export type Verdict = boolean | null;

export function chartTopOk(top: number, phone: boolean): Verdict {
  return top <= (phone ? TARGETS.chartTopPhonePx : TARGETS.chartTopDesktopPx);
}

/** Every counted step is in view (and there is at least one). */
export function allInView(inView: number, total: number): Verdict {
  return total > 0 && inView === total;
}

export function minLineHeight(steps: number): number | null {
  return TARGETS.lineHeight.find(({ upToSteps }) => steps <= upToSteps)?.minPx ?? null;
}

export function lineHeightOk(steps: number, medianPx: number | null): Verdict {
  const min = minLineHeight(steps);
  if (min === null) return null;
  return medianPx !== null && medianPx >= min;
}

export function printOk(steps: number, onPage1: number, labels: number): Verdict {
  if (steps > TARGETS.printAllLabelsUpToSteps) return null;
  return onPage1 === labels;
}

export function paintOk(ratio: number): Verdict {
  return ratio <= TARGETS.paintRatio;
}

/** "✓", "✗" or "–" (no target), for the printed table. */
export function mark(verdict: Verdict): string {
  if (verdict === null) return '–';
  return verdict ? '✓' : '✗';
}
