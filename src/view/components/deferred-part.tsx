/**
 * Parts of a page whose code need not be there when the page hydrates: it loads right after
 * the page's own, so the chart and its controls become usable sooner, and the part is not in
 * the page's first-load JavaScript (docs/performance.md).
 *
 * - `deferredPart`: a part that is in the prerendered HTML (the legend, the text route, the
 *   path finder). React hydrates it once its code has arrived. Until then it must not be
 *   updated: React would drop the prerendered HTML of a part it cannot hydrate yet and show
 *   nothing until the code is there (it blinked). So until the code has loaded the part gets
 *   the very element of its first render, props and all (React skips an identical element);
 *   from then on it follows its props as usual.
 * - `onDemandPart`: a part that only appears after the reader did something (a step's facts
 *   in the details panel). Its code is fetched when the browser is idle after hydration, so
 *   it is there by the time a reader chooses a step.
 */
import {
  type ComponentType,
  type ReactElement,
  Suspense,
  lazy,
  useState,
  useEffect,
  useSyncExternalStore,
} from 'react';

type Load<P> = () => Promise<ComponentType<P>>;

export function deferredPart<P extends object>(load: Load<P>): ComponentType<P> {
  let loaded = false;
  const listeners = new Set<() => void>();
  const Part = lazy(() =>
    load().then((component) => {
      // After React's own handler of this promise has marked the part as loaded.
      setTimeout(() => {
        loaded = true;
        for (const listener of listeners) listener();
      });
      return { default: component };
    }),
  );
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  return function DeferredPart(props: P) {
    // Hydration must see what prerendering saw: not loaded.
    const ready = useSyncExternalStore(
      subscribe,
      () => loaded,
      () => false,
    );
    const [first] = useState<ReactElement>(() => (
      <Suspense fallback={null}>
        <Part {...props} />
      </Suspense>
    ));
    if (!ready) return first;
    return (
      <Suspense fallback={null}>
        <Part {...props} />
      </Suspense>
    );
  };
}

export interface OnDemandPart<P> {
  Part: ComponentType<P>;
  /** Starts loading the code (once); for `usePreloadWhenIdle`. */
  preload: () => Promise<unknown>;
}

export function onDemandPart<P extends object>(load: Load<P>): OnDemandPart<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const preload = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return { default: component };
    }));
  const Lazy = lazy(preload);
  function OnDemand(props: P) {
    // Fixed at mount: switching from the lazy wrapper to the loaded component later would
    // remount the part and lose its state (an open glossary popover).
    const [Loaded] = useState(() => loaded);
    if (Loaded) return <Loaded {...props} />;
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return { Part: OnDemand, preload };
}

/** Loads on-demand parts' code once the browser has nothing else to do after hydration. */
export function usePreloadWhenIdle(
  ...parts: readonly Pick<OnDemandPart<never>, 'preload'>[]
): void {
  useEffect(() => {
    const preloadAll = () => {
      for (const part of parts) void part.preload();
    };
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(preloadAll, 200);
      return () => window.clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(preloadAll, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
    // The parts are module constants: once per mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
