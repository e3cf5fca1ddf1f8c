/**
 * What the reader sees and where the keyboard is after switching between the overview and the
 * chart. The tall overview and the chart box keep the page where it was, which would leave the
 * chart half above the window; and a button chosen in the overview disappears with it, which
 * would drop the keyboard focus to the page's start. So: scroll what was switched to into view,
 * and after a choice in the overview, focus the chosen step in the chart (or the chart box).
 */
import { type RefObject, useEffect, useRef } from 'react';
import type { ChartMode } from './use-chart-mode.ts';

/** Returns `focusAfterSwitch(stepId?)`: call it when a choice in the overview opens the chart. */
export function useModeSwitchView(
  mode: ChartMode,
  containerRef: RefObject<HTMLElement | null>,
  overviewRef: RefObject<HTMLElement | null>,
): (stepId?: string) => void {
  const shownMode = useRef(mode);
  // undefined: nothing to focus; '': the chart box; otherwise a step id ([a-z0-9-], no quoting needed).
  const focusTarget = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (shownMode.current === mode) return;
    shownMode.current = mode;
    const shown = mode === 'schema' ? containerRef.current : overviewRef.current;
    // Only when its start is out of the window: the switch on a narrow screen at load moves nothing.
    const top = shown?.getBoundingClientRect().top ?? 0;
    if (top < 0 || top > window.innerHeight) shown?.scrollIntoView({ block: 'start' });
    const target = focusTarget.current;
    focusTarget.current = undefined;
    if (mode !== 'schema' || target === undefined || !containerRef.current) return;
    const step = target
      ? containerRef.current.querySelector<HTMLElement>(`[data-node-id="${target}"]`)
      : null;
    (step ?? containerRef.current).focus({ preventScroll: true });
  }, [mode, containerRef, overviewRef]);
  return (stepId = '') => {
    focusTarget.current = stepId;
  };
}
