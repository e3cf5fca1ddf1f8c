/**
 * The editor's memory of layouts it already computed, by layout input (layout-input.ts).
 * Undo, redo and typing a label back to what it was return to a route ELK has seen:
 * the memo answers those at once instead of waiting ~100 ms or more for ELK.
 */
import type { RouteLayout } from './layout-types.ts';

export interface LayoutMemo {
  get(key: string): RouteLayout | undefined;
  set(key: string, layout: RouteLayout): void;
}

/** Keeps the `limit` most recently used layouts (a Map iterates in insertion order). */
export function createLayoutMemo(limit: number): LayoutMemo {
  const layouts = new Map<string, RouteLayout>();
  return {
    get(key) {
      const layout = layouts.get(key);
      if (layout === undefined) return undefined;
      layouts.delete(key);
      layouts.set(key, layout);
      return layout;
    },
    set(key, layout) {
      layouts.delete(key);
      layouts.set(key, layout);
      for (const oldest of layouts.keys()) {
        if (layouts.size <= limit) break;
        layouts.delete(oldest);
      }
    },
  };
}
