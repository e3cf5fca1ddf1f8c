/**
 * React Router's default client entry, with one change: the prerendered page is painted
 * before it is hydrated. Hydrating this much HTML (a chart of 30+ steps and its text
 * version) takes long tasks; when the scripts come from the cache they are ready before the
 * first frame, and the reader would wait for hydration to see a page that is already there.
 */
import { StrictMode, startTransition } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { HydratedRouter } from 'react-router/dom';

/** User-timing mark when hydration starts: tests and scripts/bench-first-paint.ts read it. */
const HYDRATION_MARK = 'routekaart:hydrate';
/** A page that paints no text (or a browser that does not say) still hydrates by then. */
const LONGEST_WAIT_MS = 1500;

function afterFirstPaint(run: () => void): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    run();
  };
  // A tab opened in the background paints nothing until it is shown.
  const painted =
    document.visibilityState === 'hidden' ||
    performance.getEntriesByName('first-contentful-paint').length > 0;
  if (painted) return start();
  if (PerformanceObserver.supportedEntryTypes.includes('paint')) {
    // Told once the first frame with text is on screen, not merely drawn.
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      start();
    });
    observer.observe({ type: 'paint' });
  } else {
    // The frame callback comes just before the browser paints; a task queued there, after.
    requestAnimationFrame(() => setTimeout(start, 0));
  }
  setTimeout(start, LONGEST_WAIT_MS);
}

afterFirstPaint(() => {
  performance.mark(HYDRATION_MARK);
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <HydratedRouter />
      </StrictMode>,
    );
  });
});
