/**
 * The reader's context ("Ik werk in: …"), remembered in localStorage between
 * visits. Prerendered HTML has no reader; the stored choice is read after
 * hydration (server snapshot null), so the first render always matches the HTML.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { type ReaderContext, isReaderContext } from '../../core/glossary/glossary-model.ts';
import { storedValueSubscription } from '../components/stored-value-subscription.ts';

export const READER_STORAGE_KEY = 'routekaart.lezer';
const CHANGE_EVENT = 'routekaart:lezer';
/** Used when storage is blocked (privacy settings): the choice then lasts this page view. */
let unsaved: ReaderContext | null = null;

const subscribe = storedValueSubscription(CHANGE_EVENT);

function readStored(): ReaderContext | null {
  try {
    const value = window.localStorage.getItem(READER_STORAGE_KEY);
    return isReaderContext(value) ? value : unsaved;
  } catch {
    return unsaved;
  }
}

export function useReaderContext(): [ReaderContext | null, (next: ReaderContext) => void] {
  const reader = useSyncExternalStore(subscribe, readStored, () => null);
  const setReader = useCallback((next: ReaderContext) => {
    unsaved = next;
    try {
      window.localStorage.setItem(READER_STORAGE_KEY, next);
    } catch {
      // Not remembered between visits, but applied for this page view.
    }
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }, []);
  return [reader, setReader];
}
