/**
 * "Wie heb ik gesproken?": the parent's own notes of whom they met, kept in their browser
 * only (never sent, never published, so names may be in it). One envelope under one key,
 * a card per page (a school's slug, or "algemeen"), a note per role. A value that cannot
 * be read is set aside (key-value-store.ts), never thrown away.
 */
import { type KeyValueStore, type SetAside, setAside } from '../key-value-store.ts';

export const CONTACT_NOTES_KEY = 'routekaart:ouders:contactpersonen';
export const GENERAL_CARD = 'algemeen';

/** Lengths a parent will never reach by hand; they keep a pasted novel out of storage. */
export const NOTE_LIMITS = { name: 120, date: 40, note: 500 } as const;

export interface ContactNote {
  readonly met: boolean;
  readonly name: string;
  readonly date: string;
  readonly note: string;
}

/** card → role key → note. */
export type ContactNotes = Readonly<Record<string, Readonly<Record<string, ContactNote>>>>;

export const EMPTY_NOTE: ContactNote = { met: false, name: '', date: '', note: '' };

export function isEmptyNote(note: ContactNote): boolean {
  return !note.met && note.name === '' && note.date === '' && note.note === '';
}

export function noteOf(notes: ContactNotes, card: string, role: string): ContactNote {
  return notes[card]?.[role] ?? EMPTY_NOTE;
}

/** The notes with one role's note changed; empty notes and cards are dropped. */
export function withNote(
  notes: ContactNotes,
  card: string,
  role: string,
  patch: Partial<ContactNote>,
): ContactNotes {
  const merged = { ...noteOf(notes, card, role), ...patch };
  const next: ContactNote = {
    met: merged.met,
    name: merged.name.slice(0, NOTE_LIMITS.name),
    date: merged.date.slice(0, NOTE_LIMITS.date),
    note: merged.note.slice(0, NOTE_LIMITS.note),
  };
  const others = without(notes[card] ?? {}, role);
  const cardNotes = isEmptyNote(next) ? others : { ...others, [role]: next };
  const otherCards = without(notes, card);
  return Object.keys(cardNotes).length === 0 ? otherCards : { ...otherCards, [card]: cardNotes };
}

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([other]) => other !== key));
}

export type LoadedNotes = { notes: ContactNotes; setAside?: SetAside };

export function loadContactNotes(store: KeyValueStore): LoadedNotes {
  const text = store.getItem(CONTACT_NOTES_KEY);
  if (text === null) return { notes: {} };
  const notes = parseNotes(text);
  if (notes) return { notes };
  return {
    notes: {},
    setAside: setAside(store, CONTACT_NOTES_KEY, text, 'geen leesbare contactpersonen'),
  };
}

/** Writes the notes, or removes the key when nothing is left. False when the browser refuses. */
export function saveContactNotes(store: KeyValueStore, notes: ContactNotes): boolean {
  try {
    if (Object.keys(notes).length === 0) store.removeItem(CONTACT_NOTES_KEY);
    else store.setItem(CONTACT_NOTES_KEY, JSON.stringify({ version: 1, cards: notes }));
    return true;
  } catch {
    return false;
  }
}

function parseNotes(text: string): ContactNotes | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value.version !== 1 || !isRecord(value.cards)) return undefined;
  let notes: ContactNotes = {};
  for (const [card, roles] of Object.entries(value.cards)) {
    if (!isRecord(roles)) return undefined;
    for (const [role, note] of Object.entries(roles)) {
      if (!isNote(note)) return undefined;
      notes = withNote(notes, card, role, note);
    }
  }
  return notes;
}

function isNote(value: unknown): value is ContactNote {
  return (
    isRecord(value) &&
    typeof value.met === 'boolean' &&
    typeof value.name === 'string' &&
    typeof value.date === 'string' &&
    typeof value.note === 'string'
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
