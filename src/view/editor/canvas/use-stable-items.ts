/**
 * Keeps the previous object for every node or edge that looks the same after a relayout.
 * React Flow re-renders an item when its object changes; after a small edit most boxes stay
 * where they were, so only the moved ones are drawn again. (State adjusted during render,
 * as React advises for values derived from the previous render.)
 */
import { useState } from 'react';

type Seen<T> = Map<string, { item: T; signature: string }>;

function reuse<T extends { id: string }>(
  seen: Seen<T>,
  items: T[],
  signature: (item: T) => string,
) {
  const next: Seen<T> = new Map();
  const stable = items.map((item) => {
    const key = signature(item);
    const before = seen.get(item.id);
    const kept = before && before.signature === key ? before.item : item;
    next.set(item.id, { item: kept, signature: key });
    return kept;
  });
  return { stable, seen: next };
}

export function useStableItems<T extends { id: string }>(
  items: T[],
  signature: (item: T) => string,
): T[] {
  const [state, setState] = useState(() => ({ items, ...reuse(new Map(), items, signature) }));
  if (state.items === items) return state.stable;
  const next = reuse(state.seen, items, signature);
  setState({ items, ...next });
  return next.stable;
}
