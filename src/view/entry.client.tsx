/**
 * React Router's default client entry, with one change: the prerendered page is painted
 * before it is hydrated. Hydrating this much HTML (a chart of 30+ steps and its text
 * version) takes long tasks; when the scripts come from the cache they are ready before the
 * first frame, and the reader would wait for hydration to see a page that is already there.
 */
import { StrictMode, startTransition } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { HydratedRouter } from 'react-router/dom';

function afterFirstPaint(run: () => void): void {
  // A tab opened in the background paints nothing and runs no animation frames.
  if (document.visibilityState === 'hidden') {
    run();
    return;
  }
  // The frame callback comes just before the browser paints; a task queued there, just after.
  requestAnimationFrame(() => setTimeout(run, 0));
}

/** User-timing mark when hydration starts: tests and scripts/bench-first-paint.ts read it. */
const HYDRATION_MARK = 'routekaart:hydrate';

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
