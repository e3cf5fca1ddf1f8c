/**
 * How many CSS pixels one chart unit takes when the whole chart is fitted (the identity
 * view), kept up to date as the page resizes. Null until measured: in the prerendered
 * HTML and in tests without layout there is nothing to measure.
 *
 * `onFirstMeasure` runs in the same effect as the first measurement, so its state updates
 * land in the same render as the measurement (and as hydration): a reader never sees an
 * in-between view, and the chart's buttons are only enabled once the view is settled.
 */
import { type RefObject, useEffect, useRef, useState } from 'react';
import { type Size, unitsPerPixel } from './viewport.ts';

export function useFitPixels(
  svgRef: RefObject<SVGSVGElement | null>,
  size: Size,
  onFirstMeasure?: (pixelsPerUnit: number) => void,
): number | null {
  const [pixels, setPixels] = useState<number | null>(null);
  const firstMeasure = useRef(onFirstMeasure);
  const measuredOnce = useRef(false);
  const { width, height } = size;
  useEffect(() => {
    firstMeasure.current = onFirstMeasure;
  });
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const rect = svg.getBoundingClientRect();
      if (rect.width <= 0 || rect.height <= 0) return;
      const perUnit = 1 / unitsPerPixel(rect, { width, height });
      setPixels(perUnit);
      if (!measuredOnce.current) {
        measuredOnce.current = true;
        firstMeasure.current?.(perUnit);
      }
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(svg);
    return () => observer.disconnect();
  }, [svgRef, width, height]);
  return pixels;
}
