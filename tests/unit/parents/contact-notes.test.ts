import { describe, expect, it } from 'vitest';
import {
  CONTACT_NOTES_KEY,
  NOTE_LIMITS,
  loadContactNotes,
  noteOf,
  saveContactNotes,
  withNote,
} from '../../../src/core/parents/contact-notes.ts';
import type { KeyValueStore } from '../../../src/core/key-value-store.ts';

function memoryStore(
  initial: Record<string, string> = {},
): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

describe("a parent's notes of whom they met", () => {
  it('come back as they were saved', () => {
    const store = memoryStore();
    const notes = withNote({}, 'de-regenboog', 'mentor', {
      met: true,
      name: 'Juf Sanne',
      date: '2026-11-30',
    });
    expect(saveContactNotes(store, notes)).toBe(true);
    expect(noteOf(loadContactNotes(store).notes, 'de-regenboog', 'mentor')).toEqual({
      met: true,
      name: 'Juf Sanne',
      date: '2026-11-30',
      note: '',
    });
  });

  it('leave nothing behind once every note is empty again', () => {
    const store = memoryStore();
    const ticked = withNote({}, 'algemeen', 'huisarts', { met: true });
    saveContactNotes(store, ticked);
    saveContactNotes(store, withNote(ticked, 'algemeen', 'huisarts', { met: false }));
    expect(store.data.has(CONTACT_NOTES_KEY)).toBe(false);
  });

  it('keep each card apart', () => {
    const notes = withNote(withNote({}, 'a', 'mentor', { name: 'A' }), 'b', 'mentor', {
      name: 'B',
    });
    expect(noteOf(notes, 'a', 'mentor').name).toBe('A');
    expect(noteOf(notes, 'b', 'mentor').name).toBe('B');
  });

  it('are cut to their limits', () => {
    const notes = withNote({}, 'a', 'mentor', { note: 'x'.repeat(NOTE_LIMITS.note + 50) });
    expect(noteOf(notes, 'a', 'mentor').note).toHaveLength(NOTE_LIMITS.note);
  });

  it('that cannot be read are set aside, not thrown away', () => {
    const store = memoryStore({ [CONTACT_NOTES_KEY]: '{"version":1,"cards":{"a":{"mentor":7}}}' });
    const loaded = loadContactNotes(store);
    expect(loaded.notes).toEqual({});
    expect(loaded.setAside?.movedTo).toBe(`${CONTACT_NOTES_KEY}-beschadigd`);
    expect(store.data.get(`${CONTACT_NOTES_KEY}-beschadigd`)).toContain('mentor');
  });

  it('report when the browser refuses to keep them', () => {
    const store = memoryStore();
    store.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(saveContactNotes(store, withNote({}, 'a', 'mentor', { met: true }))).toBe(false);
  });
});
