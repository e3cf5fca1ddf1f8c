import { type RefObject, useLayoutEffect } from 'react';

/** Room kept free between the popover and the window's edges. */
const MARGIN = 8;
/** Space between the word and its popover. */
const GAP = 4;

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Where a popover of `size` goes for a word at `anchor`, in window coordinates: below
 * the word if it fits, else above it, else on the side with more room; moved left as far
 * as needed to stay inside the window. (CSS caps its height at the window, so it fits.)
 */
export function placePopover(
  anchor: Rect,
  size: { width: number; height: number },
  window: { width: number; height: number },
): { left: number; top: number } {
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - size.height;
  const roomBelow = window.height - MARGIN - anchor.bottom;
  const roomAbove = anchor.top - MARGIN;
  const top =
    below + size.height <= window.height - MARGIN
      ? below
      : above >= MARGIN
        ? above
        : roomBelow >= roomAbove
          ? below
          : above;
  const maxTop = window.height - MARGIN - size.height;
  const maxLeft = window.width - MARGIN - size.width;
  return {
    left: Math.max(MARGIN, Math.min(anchor.left, maxLeft)),
    top: Math.max(MARGIN, Math.min(top, maxTop)),
  };
}

/**
 * Shows a glossary popover, from when its meaning is in until it closes (the component
 * calling this is mounted only then), in the top layer (the popover API) at a fixed place
 * by its word, so no scrolling panel around the word (the details beside the chart) can cut
 * it off. It follows the word when anything scrolls, the window resizes or the text grows.
 * Without the popover API it is still fixed-positioned, which escapes the panel's overflow
 * too. (While the meaning loads, the popover sits under its word as CSS puts it.)
 */
export function usePopoverPlacement(
  anchor: RefObject<HTMLElement | null>,
  panel: RefObject<HTMLElement | null>,
): void {
  useLayoutEffect(() => {
    const word = anchor.current;
    const element = panel.current;
    if (!word || !element) return;
    element.style.setProperty('position', 'fixed');
    const topLayer = element.hasAttribute('popover');
    if (topLayer && !element.matches(':popover-open')) element.showPopover();
    const place = () => {
      const { left, top } = placePopover(
        word.getBoundingClientRect(),
        { width: element.offsetWidth, height: element.offsetHeight },
        { width: document.documentElement.clientWidth, height: window.innerHeight },
      );
      element.style.setProperty('left', `${left}px`);
      element.style.setProperty('top', `${top}px`);
    };
    place();
    const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(place) : undefined;
    resized?.observe(element);
    // Capture: scrolling inside the details panel does not bubble to the window.
    window.addEventListener('scroll', place, { capture: true, passive: true });
    window.addEventListener('resize', place);
    return () => {
      resized?.disconnect();
      window.removeEventListener('scroll', place, { capture: true });
      window.removeEventListener('resize', place);
      if (topLayer && element.matches(':popover-open')) element.hidePopover();
      for (const property of ['position', 'left', 'top']) element.style.removeProperty(property);
    };
  }, [anchor, panel]);
}
