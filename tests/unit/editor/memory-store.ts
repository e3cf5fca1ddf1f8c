/** An in-memory stand-in for localStorage, with an optional size limit like a real browser. */
import type { KeyValueStore } from '../../../src/core/editor/draft-store.ts';

export function memoryStore(entries: Record<string, string> = {}, maxChars = Infinity) {
  const data = new Map(Object.entries(entries));
  const store: KeyValueStore & { data: Map<string, string> } = {
    data,
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem(key, value) {
      const used = [...data.values()].reduce((sum, item) => sum + item.length, 0);
      if (used + value.length > maxChars) {
        const error = new Error('The quota has been exceeded.');
        error.name = 'QuotaExceededError';
        throw error;
      }
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
  };
  return store;
}
