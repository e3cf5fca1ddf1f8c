import { type RefObject, useLayoutEffect } from 'react';

const MARGIN = 8;

/**
 * Shifts an open popover left when it would stick out of the window or out of
 * a scrolling panel (the details panel beside the chart), so it never needs
 * horizontal scrolling to read.
 */
export function useKeepInside(open: boolean, panel: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = panel.current;
    if (!open || !element) return;
    element.style.removeProperty('left');
    const rect = element.getBoundingClientRect();
    const right = Math.min(window.innerWidth, clippingRight(element)) - MARGIN;
    const overflow = rect.right - right;
    if (overflow > 0)
      element.style.setProperty('left', `${-Math.min(overflow, rect.left - MARGIN)}px`);
  }, [open, panel]);
}

function clippingRight(element: HTMLElement): number {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const { overflowX } = getComputedStyle(parent);
    if (overflowX !== 'visible') return parent.getBoundingClientRect().right;
  }
  return Infinity;
}
