import { useSyncExternalStore } from 'react';

/**
 * One query parameter of the current URL, e.g. `?vraag=dyslexie`. The prerendered HTML was made
 * without a query, so the server snapshot is null and the value arrives right after hydration,
 * without a mismatch. Client-side navigations change the URL before rendering, so they are seen.
 */
export function useQueryParam(name: string): string | null {
  return useSyncExternalStore(
    subscribe,
    () => new URLSearchParams(window.location.search).get(name),
    () => null,
  );
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}
