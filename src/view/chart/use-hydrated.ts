/**
 * False while prerendering and during hydration, true once React runs in the browser.
 * Controls that need JS (zoom buttons) are disabled until then, without a mismatch
 * between the prerendered HTML and the first browser render.
 */
import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
