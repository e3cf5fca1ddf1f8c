/**
 * The parent's "wie heb ik gesproken" notes, read from and written to this browser only
 * (contact-notes.ts). Prerendered HTML has no notes; they are read after hydration (server
 * snapshot "loading"), so the first render matches the HTML. If the browser will not
 * store them, they stay in memory for this page view and the page says so.
 */
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import {
  CONTACT_NOTES_KEY,
  type ContactNote,
  type ContactNotes,
  loadContactNotes,
  saveContactNotes,
  withNote,
} from '../../core/parents/contact-notes.ts';
import { localStore } from '../samenwerken/work/local-store.ts';
import { storedValueSubscription } from '../components/stored-value-subscription.ts';

export type NotesStatus = 'loading' | 'saved' | 'not-saved' | 'unreadable';

const LOADING = '\u0000loading';
const NO_STORAGE = '\u0000no-storage';
const CHANGE_EVENT = 'routekaart:contactpersonen';

const subscribe = storedValueSubscription(CHANGE_EVENT);

/** The stored text itself (a stable value), or what stands in for it. */
function readSnapshot(): string | null {
  const store = localStore();
  return store ? store.getItem(CONTACT_NOTES_KEY) : NO_STORAGE;
}

/** Parses without touching storage: a value it cannot read is set aside on the next save. */
function parseSnapshot(snapshot: string | null): { notes: ContactNotes; status: NotesStatus } {
  if (snapshot === LOADING) return { notes: {}, status: 'loading' };
  if (snapshot === NO_STORAGE) return { notes: {}, status: 'not-saved' };
  if (snapshot === null) return { notes: {}, status: 'saved' };
  const memory = { text: snapshot as string | null };
  const loaded = loadContactNotes({
    length: 1,
    key: () => CONTACT_NOTES_KEY,
    getItem: (key) => (key === CONTACT_NOTES_KEY ? memory.text : null),
    setItem: () => {},
    removeItem: () => {},
  });
  return { notes: loaded.notes, status: loaded.setAside ? 'unreadable' : 'saved' };
}

export function useContactNotes() {
  const snapshot = useSyncExternalStore(subscribe, readSnapshot, () => LOADING);
  const stored = useMemo(() => parseSnapshot(snapshot), [snapshot]);
  /** Notes the browser refused to store, kept for this page view. */
  const [memory, setMemory] = useState<ContactNotes | null>(null);
  const notes = memory ?? stored.notes;
  const status: NotesStatus = memory ? 'not-saved' : stored.status;

  const keep = useCallback((next: ContactNotes) => {
    const store = localStore();
    if (store) loadContactNotes(store); // sets an unreadable value aside before overwriting
    const saved = store !== null && saveContactNotes(store, next);
    setMemory(saved ? null : next);
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }, []);

  const update = useCallback(
    (card: string, role: string, patch: Partial<ContactNote>) =>
      keep(withNote(notes, card, role, patch)),
    [notes, keep],
  );
  const clearAll = useCallback(() => keep({}), [keep]);

  return { notes, status, update, clearAll };
}
