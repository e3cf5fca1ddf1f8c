/** localStorage, or null where the browser refuses it (some private modes throw on access). */
import type { KeyValueStore } from '../../../core/editor/draft-store.ts';

export function browserStore(): KeyValueStore | null {
  try {
    const store = window.localStorage;
    const probe = 'routekaart:probe';
    store.setItem(probe, '1');
    store.removeItem(probe);
    return store;
  } catch {
    return null;
  }
}
