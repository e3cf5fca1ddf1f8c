/**
 * localStorage, or null where the browser refuses access (some private modes throw on it).
 * Unlike the editor's browserStore() this does not write a probe: a probe fails when the
 * storage is full, and "full" must then be reported as full (by the store's save), not as
 * "this browser does not allow saving".
 */
import type { KeyValueStore } from '../../../core/key-value-store.ts';

export function localStore(): KeyValueStore | null {
  try {
    const store = window.localStorage;
    store.getItem('routekaart:probe');
    return store;
  } catch {
    return null;
  }
}
