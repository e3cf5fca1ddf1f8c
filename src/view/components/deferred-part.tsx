/**
 * Parts of a page whose code need not be there when the page hydrates: it loads right after
 * the page's own, so the chart and its controls become usable sooner, and the part is not in
 * the page's first-load JavaScript (docs/performance.md).
 *
 * A part in the prerendered HTML (the legend, the text route, the path finder) is hydrated by
 * React once its code has arrived. Until then it must not be updated: React would drop the
 * prerendered HTML of a part it cannot hydrate yet and show nothing until the code is there
 * (it blinked). So until the code has loaded the part gets the very element of its first
 * render, props and all (React skips an identical element); from then on it follows its props.
 *
 * A part that appears only after the reader did something (a step's facts) has its code
 * fetched when the browser is idle (`usePreloadWhenIdle`); a page reached by a link within
 * the site loads its parts with its data (`preload` in a clientLoader). A part whose code is
 * there when it mounts renders at once, without a frame of emptiness.
 */
import {
  type ComponentType,
  type FunctionComponent,
  type ReactElement,
  Suspense,
  lazy,
  useEffect,
  useState,
  useSyncExternalStore,
} from 'react';

type Load<P> = () => Promise<ComponentType<P>>;

export interface DeferredPart<P> extends FunctionComponent<P> {
  /** Starts loading the code (once). */
  preload: () => Promise<unknown>;
}

export function deferredPart<P extends object>(load: Load<P>): DeferredPart<P> {
  let component: ComponentType<P> | null = null;
  let ready = false;
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const listeners = new Set<() => void>();
  const preload = () =>
    (loading ??= load().then((loaded) => {
      component = loaded;
      // Parts mounted before: after React's own handler of this promise marked them loaded.
      setTimeout(() => {
        ready = true;
        for (const listener of listeners) listener();
      });
      return { default: loaded };
    }));
  const Lazy = lazy(preload);
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  function Deferred(props: P) {
    // Chosen at mount: switching from the lazy part to the loaded one would remount it.
    const [Loaded] = useState(() => component);
    // Hydration must see what prerendering saw: not loaded.
    const isReady = useSyncExternalStore(
      subscribe,
      () => ready,
      () => false,
    );
    const [first] = useState<ReactElement>(() => (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    ));
    if (Loaded)
      return (
        <Suspense fallback={null}>
          <Loaded {...props} />
        </Suspense>
      );
    if (!isReady) return first;
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return Object.assign(Deferred, { preload });
}

/** Loads parts' code once the browser has nothing else to do after hydration. */
export function usePreloadWhenIdle(
  ...parts: readonly Pick<DeferredPart<never>, 'preload'>[]
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
