/**
 * Two tabs on the same draft. Each tab remembers the stored text it last read or wrote; a
 * write only goes ahead while the store still holds that text. Otherwise another tab wrote
 * in between, and writing would overwrite work this tab has never shown: the editor stops
 * saving and lets the user choose. A draft another tab threw away may be written again,
 * since nothing unseen is lost by that.
 */
import { type Draft, draftFromText, draftToText } from './draft-record.ts';
import { type KeyValueStore, draftKey, saveDraft } from './draft-store.ts';

export type SyncedWrite =
  /** `text` is what the store holds now (null after a discard). */
  | { status: 'written'; text: string | null }
  /** `theirs` is the other tab's draft, or null when its text cannot be read. */
  | { status: 'conflict'; text: string; theirs: Draft | null }
  | { status: 'failed'; message: string };

/** Saves `draft` (or, for null, removes the draft) unless another tab changed it since `expected`. */
export function writeDraftIfUnchanged(
  store: KeyValueStore,
  id: string,
  draft: Draft | null,
  expected: string | null,
): SyncedWrite {
  const key = draftKey(id);
  const current = store.getItem(key);
  if (current !== null && current !== expected) return conflict(current);
  if (draft === null) {
    store.removeItem(key);
    return { status: 'written', text: null };
  }
  const saved = saveDraft(store, draft);
  return saved.ok
    ? { status: 'written', text: draftToText(draft) }
    : { status: 'failed', message: saved.message };
}

export function conflict(text: string): SyncedWrite & { status: 'conflict' } {
  const read = draftFromText(text);
  return { status: 'conflict', text, theirs: read.ok ? read.draft : null };
}

/** The parts of a `storage` event (fired in the other tabs of a write) that matter here. */
export interface StorageChange {
  key: string | null;
  newValue: string | null;
}

/** Another tab wrote this draft (a removal is not a conflict: see above). */
export function otherTabChanged(change: StorageChange, id: string, expected: string | null) {
  return change.key === draftKey(id) && change.newValue !== null && change.newValue !== expected;
}
