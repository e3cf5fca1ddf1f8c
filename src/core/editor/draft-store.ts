/**
 * Drafts in a key-value store (the browser passes localStorage). Anything unreadable under
 * a draft key is moved aside to `<key>-beschadigd` and reported, never thrown: a broken
 * value must not lock a school out of the editor, and must not be silently lost either.
 */
import { type Draft, draftFromText, draftToText } from './draft-record.ts';
import {
  type KeyValueStore,
  SET_ASIDE_SUFFIX,
  type SetAside,
  setAside,
} from '../key-value-store.ts';

// Re-exported: the editor's modules and tests import them from here.
export { type KeyValueStore, type SetAside, SET_ASIDE_SUFFIX };

export const DRAFT_KEY_PREFIX = 'routekaart:concept:';

export type LoadedDraft =
  /** `text` is the stored text: a tab keeps it to notice another tab's write (draft-sync.ts). */
  | { status: 'found'; draft: Draft; text: string }
  | { status: 'missing' }
  | { status: 'set-aside'; setAside: SetAside };

export const draftKey = (id: string) => DRAFT_KEY_PREFIX + id;

export function loadDraft(store: KeyValueStore, id: string): LoadedDraft {
  const key = draftKey(id);
  const text = store.getItem(key);
  if (text === null) return { status: 'missing' };
  const read = draftFromText(text);
  if (read.ok && read.draft.id === id) return { status: 'found', draft: read.draft, text };
  const reason = read.ok ? 'het concept hoort bij een andere sleutel' : read.reason;
  return { status: 'set-aside', setAside: setAside(store, key, text, reason) };
}

export interface DraftList {
  /** Newest change first. */
  drafts: Draft[];
  setAside: SetAside[];
}

export function listDrafts(store: KeyValueStore): DraftList {
  const keys: string[] = [];
  for (let index = 0; index < store.length; index++) {
    const key = store.key(index);
    if (key?.startsWith(DRAFT_KEY_PREFIX) && !key.endsWith(SET_ASIDE_SUFFIX)) keys.push(key);
  }
  const drafts: Draft[] = [];
  const setAsideList: SetAside[] = [];
  for (const key of keys) {
    const loaded = loadDraft(store, key.slice(DRAFT_KEY_PREFIX.length));
    if (loaded.status === 'found') drafts.push(loaded.draft);
    if (loaded.status === 'set-aside') setAsideList.push(loaded.setAside);
  }
  drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return { drafts, setAside: setAsideList };
}

export type SaveResult = { ok: true } | { ok: false; message: string };

export function saveDraft(store: KeyValueStore, draft: Draft): SaveResult {
  try {
    store.setItem(draftKey(draft.id), draftToText(draft));
    return { ok: true };
  } catch (cause) {
    const full = cause instanceof Error && /quota/i.test(cause.name + cause.message);
    return {
      ok: false,
      message: full
        ? 'De opslag van deze browser is vol: je wijzigingen zijn niet bewaard. Download je route als bestand.'
        : 'Deze browser staat opslaan niet toe: je wijzigingen zijn niet bewaard. Download je route als bestand.',
    };
  }
}

export function discardDraft(store: KeyValueStore, id: string): void {
  store.removeItem(draftKey(id));
}
