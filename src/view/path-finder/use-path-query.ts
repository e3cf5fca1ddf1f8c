import { useCallback, useMemo, useSyncExternalStore } from 'react';

/** A question to the path finder: from which node to which, and whether the way back too. */
export interface PathChoice {
  from: string;
  to: string;
  back: boolean;
}

/** Dutch query parameters: `?van=huisarts&naar=zoco&terug=ja`. */
const PARAMS = { from: 'van', to: 'naar', back: 'terug' } as const;

export function readPathChoice(search: string, valid: ReadonlySet<string>): PathChoice | null {
  const params = new URLSearchParams(search);
  const from = params.get(PARAMS.from) ?? '';
  const to = params.get(PARAMS.to) ?? '';
  if (!valid.has(from) || !valid.has(to)) return null;
  return { from, to, back: params.get(PARAMS.back) === 'ja' };
}

/** The query with the choice in it (other parameters kept), for a shareable URL. */
export function writePathChoice(search: string, choice: PathChoice | null): string {
  const params = new URLSearchParams(search);
  for (const name of Object.values(PARAMS)) params.delete(name);
  if (choice) {
    params.set(PARAMS.from, choice.from);
    params.set(PARAMS.to, choice.to);
    if (choice.back) params.set(PARAMS.back, 'ja');
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Listeners to the query, told when the path finder rewrites it (replaceState fires no event). */
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const readSearch = () => window.location.search;
/** Prerendering (and hydration, which must match it) sees no query. */
const noSearch = () => '';

/**
 * The path finder's choice lives in the URL query, so a way can be shared. Like the
 * selected node (use-hash-selection.ts) it is read after hydration (the prerendered
 * page shows no way) and written with replaceState: no navigation, no data reload.
 */
export function usePathQuery(
  ids: readonly string[],
): [PathChoice | null, (choice: PathChoice | null) => void] {
  const search = useSyncExternalStore(subscribe, readSearch, noSearch);
  const known = ids.join(' ');
  const choice = useMemo(() => readPathChoice(search, new Set(known.split(' '))), [search, known]);

  const choose = useCallback((next: PathChoice | null) => {
    const { pathname, search: current, hash } = window.location;
    const url = `${pathname}${writePathChoice(current, next)}${hash}`;
    window.history.replaceState(window.history.state, '', url);
    for (const listener of listeners) listener();
  }, []);

  return [choice, choose];
}
