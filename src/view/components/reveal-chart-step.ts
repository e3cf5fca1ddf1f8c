/**
 * After a step is chosen outside the chart (a link in the details panel), the chart pans
 * the step into its own box; this makes sure the reader also sees that part of the box.
 */

/** Room kept between a revealed step and the window's edge. */
const MARGIN = 16;

/**
 * How far to scroll the window so that a box `top`…`bottom` (window coordinates) is in a
 * window `height` high: as little as possible, 0 when it already is; the top wins when the
 * box is taller than the window.
 */
export function scrollToShow(top: number, bottom: number, height: number): number {
  if (top < MARGIN) return top - MARGIN;
  if (bottom > height - MARGIN) return Math.min(bottom - (height - MARGIN), top - MARGIN);
  return 0;
}

/**
 * Scrolls the window as little as needed to show the chart's box of step `id`, when the
 * chart is beside `details` (a wide window). Where the details sit below the chart (a
 * phone) the reader stays with the details: the chart is just above and shows the step.
 */
export function revealChartStep(id: string, details: HTMLElement): void {
  const box = [...document.querySelectorAll<HTMLElement>('.chart-node')].find(
    (node) => node.dataset.nodeId === id,
  );
  const chart = box?.closest('.chart-viewport');
  if (!box || !chart) return;
  const beside = details.getBoundingClientRect().left >= chart.getBoundingClientRect().right;
  if (!beside) return;
  const rect = box.getBoundingClientRect();
  const delta = scrollToShow(rect.top, rect.bottom, window.innerHeight);
  if (delta !== 0) window.scrollBy({ top: delta, behavior: 'instant' });
}
