import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src/core/editor/draft-record.ts';
import { draftKey, loadDraft, saveDraft } from '../../../src/core/editor/draft-store.ts';
import { otherTabChanged, writeDraftIfUnchanged } from '../../../src/core/editor/draft-sync.ts';
import { makeRoute } from '../factories.ts';
import { memoryStore } from './memory-store.ts';

const draft = (title: string, updatedAt = '2026-11-27T10:00:00.000Z'): Draft => ({
  id: 'a',
  origin: 'template',
  updatedAt,
  route: makeRoute({ title }),
});

/** Two tabs open the same draft: each remembers the text it read. */
function twoTabs() {
  const store = memoryStore();
  saveDraft(store, draft('Begin'));
  const read = () => {
    const loaded = loadDraft(store, 'a');
    if (loaded.status !== 'found') throw new Error('not stored');
    return loaded.text;
  };
  return { store, first: read(), second: read() };
}

describe('writeDraftIfUnchanged', () => {
  it('writes when the store still holds what this tab last read or wrote', () => {
    const { store, first } = twoTabs();
    const written = writeDraftIfUnchanged(store, 'a', draft('Tab 1'), first);
    expect(written.status).toBe('written');
    expect(written.status === 'written' && written.text).toBe(store.getItem(draftKey('a')));
  });

  it('never overwrites what another tab wrote meanwhile, and hands back that version', () => {
    const { store, first, second } = twoTabs();
    writeDraftIfUnchanged(store, 'a', draft('Tab 1', '2026-11-27T10:01:00.000Z'), first);
    const refused = writeDraftIfUnchanged(store, 'a', draft('Tab 2'), second);
    expect(refused).toMatchObject({ status: 'conflict' });
    expect(refused.status === 'conflict' && refused.theirs?.route.title).toBe('Tab 1');
    expect(loadDraft(store, 'a')).toMatchObject({ draft: { route: { title: 'Tab 1' } } });
  });

  it('never deletes what another tab wrote meanwhile', () => {
    const { store, first, second } = twoTabs();
    writeDraftIfUnchanged(store, 'a', draft('Tab 1'), first);
    expect(writeDraftIfUnchanged(store, 'a', null, second).status).toBe('conflict');
    expect(store.getItem(draftKey('a'))).not.toBeNull();
  });

  it('writes a draft another tab threw away: nothing unseen is lost', () => {
    const { store, second } = twoTabs();
    store.removeItem(draftKey('a'));
    expect(writeDraftIfUnchanged(store, 'a', draft('Tab 2'), second).status).toBe('written');
  });

  it('reports a full store as a failed write, not a conflict', () => {
    const store = memoryStore({}, 10);
    const failed = writeDraftIfUnchanged(store, 'a', draft('Groot'), null);
    expect(failed).toMatchObject({ status: 'failed', message: expect.stringMatching(/vol/) });
  });
});

describe('otherTabChanged', () => {
  it('is true for a storage event with another text under this draft key', () => {
    expect(otherTabChanged({ key: draftKey('a'), newValue: 'x' }, 'a', 'y')).toBe(true);
  });

  it("is false for this tab's own text, another key, or a removal", () => {
    expect(otherTabChanged({ key: draftKey('a'), newValue: 'y' }, 'a', 'y')).toBe(false);
    expect(otherTabChanged({ key: draftKey('b'), newValue: 'x' }, 'a', 'y')).toBe(false);
    expect(otherTabChanged({ key: draftKey('a'), newValue: null }, 'a', 'y')).toBe(false);
    expect(otherTabChanged({ key: null, newValue: null }, 'a', 'y')).toBe(false);
  });
});
