import { useState, useSyncExternalStore } from 'react';

const subscribeNothing = () => () => {};

/**
 * What a reader chose in a prerendered form before its scripts ran (a slow phone, or a part
 * whose code loads after the page's): hydration would otherwise put the fields back to the
 * prerendered values and the choice would silently be gone. Read once, while hydrating, from
 * the fields by id (`useId` ids match the prerendered ones); elsewhere `fallback`.
 * (Only while hydrating: on a page reached by a link, an id may still belong to the old page.)
 */
export function useEarlyInput<T>(
  read: (byId: (id: string) => Element | null) => T | null,
  fallback: () => T,
): T {
  const hydrating = useSyncExternalStore(
    subscribeNothing,
    () => false,
    () => true,
  );
  const [initial] = useState(() =>
    hydrating && typeof document !== 'undefined'
      ? (read((id) => document.getElementById(id)) ?? fallback())
      : fallback(),
  );
  return initial;
}

/** The value of a select or text field, if it holds one. */
export function fieldValue(element: Element | null): string | null {
  return element instanceof HTMLSelectElement || element instanceof HTMLInputElement
    ? element.value || null
    : null;
}
