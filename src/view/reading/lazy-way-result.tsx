import { lazy, Suspense } from 'react';
import type { WayResultProps } from '../path-finder/way-result.tsx';

// The same module as the hook's engine: by the time a way exists, it is already loaded.
const WayResult = lazy(() =>
  import('./reading-engine.ts').then((engine) => ({ default: engine.WayResult })),
);

/** The written-out way, from the lazily loaded reading engine. */
export function LazyWayResult(props: WayResultProps) {
  return (
    <Suspense fallback={null}>
      <WayResult {...props} />
    </Suspense>
  );
}
