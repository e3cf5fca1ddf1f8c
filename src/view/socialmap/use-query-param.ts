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

/**
 * Puts a choice in the address so that copying it reproduces what is on screen. It replaces the
 * history entry instead of adding one: going back leaves the page instead of stepping through
 * every earlier choice. React Router's history state is kept, so its back and forward still work.
 */
export function replaceQueryParam(name: string, value: string | null): void {
  const url = new URL(window.location.href);
  if (value) url.searchParams.set(name, value);
  else url.searchParams.delete(name);
  window.history.replaceState(window.history.state, '', url);
}
