/**
 * A subscription for useSyncExternalStore to a value kept in localStorage: told when another
 * tab changes it (the browser's `storage` event) and when this tab does (`changeEvent`,
 * dispatched by the writer, because a tab gets no `storage` event for its own writes).
 */
export function storedValueSubscription(changeEvent: string) {
  return (onChange: () => void): (() => void) => {
    window.addEventListener('storage', onChange);
    window.addEventListener(changeEvent, onChange);
    return () => {
      window.removeEventListener('storage', onChange);
      window.removeEventListener(changeEvent, onChange);
    };
  };
}
