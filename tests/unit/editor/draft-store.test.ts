import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src/core/editor/draft-record.ts';
import {
  discardDraft,
  draftKey,
  listDrafts,
  loadDraft,
  saveDraft,
} from '../../../src/core/editor/draft-store.ts';
import { makeNode, makeRoute } from '../factories.ts';
import { memoryStore } from './memory-store.ts';

const draft = (id: string, updatedAt = '2026-11-27T10:00:00.000Z'): Draft => ({
  id,
  origin: 'template',
  slug: 'template-vo',
  updatedAt,
  route: makeRoute(),
});

describe('draft storage', () => {
  it('saves, loads, lists newest first and discards', () => {
    const store = memoryStore();
    saveDraft(store, draft('a', '2026-11-27T10:00:00.000Z'));
    saveDraft(store, draft('b', '2026-11-27T11:00:00.000Z'));
    expect(loadDraft(store, 'a')).toMatchObject({ status: 'found', draft: draft('a') });
    expect(listDrafts(store).drafts.map((item) => item.id)).toEqual(['b', 'a']);
    discardDraft(store, 'a');
    expect(loadDraft(store, 'a')).toEqual({ status: 'missing' });
  });

  it('keeps a draft that still breaks rules (an empty label)', () => {
    const store = memoryStore();
    const unfinished = {
      ...draft('a'),
      route: makeRoute({ nodes: [makeNode('x', { label: '' })] }),
    };
    saveDraft(store, unfinished);
    expect(loadDraft(store, 'a')).toMatchObject({ status: 'found', draft: unfinished });
  });

  it.each([
    ['broken JSON', '{"app":"routekaart",'],
    ['a foreign value', '"hallo"'],
    [
      'a route of the wrong shape',
      JSON.stringify({
        ...JSON.parse(JSON.stringify(draft('a'))),
        app: 'routekaart',
        type: 'concept',
        version: 1,
        route: { nodes: 'geen lijst' },
      }),
    ],
  ])('sets %s aside under a -beschadigd key and reports it', (_name, value) => {
    const store = memoryStore({ [draftKey('a')]: value });
    const loaded = loadDraft(store, 'a');
    expect(loaded).toMatchObject({
      status: 'set-aside',
      setAside: { key: draftKey('a'), movedTo: `${draftKey('a')}-beschadigd` },
    });
    expect(store.getItem(`${draftKey('a')}-beschadigd`)).toBe(value);
    expect(store.getItem(draftKey('a'))).toBeNull();
  });

  it('lists the good drafts and reports the broken ones, without listing set-aside keys', () => {
    const store = memoryStore({ [draftKey('kapot')]: 'x', 'ander-programma': 'y' });
    saveDraft(store, draft('goed'));
    const first = listDrafts(store);
    expect(first.drafts.map((item) => item.id)).toEqual(['goed']);
    expect(first.setAside.map((item) => item.key)).toEqual([draftKey('kapot')]);
    expect(listDrafts(store).setAside).toEqual([]);
    expect(store.getItem('ander-programma')).toBe('y');
  });

  it('never overwrites an earlier set-aside value', () => {
    const store = memoryStore({
      [draftKey('a')]: 'nieuw kapot',
      [`${draftKey('a')}-beschadigd`]: 'oud kapot',
    });
    loadDraft(store, 'a');
    expect(store.getItem(`${draftKey('a')}-beschadigd`)).toBe('oud kapot');
    expect(store.getItem(`${draftKey('a')}-2-beschadigd`)).toBe('nieuw kapot');
  });

  it('reports a full storage instead of throwing', () => {
    const store = memoryStore({}, 10);
    expect(saveDraft(store, draft('a'))).toEqual({
      ok: false,
      message: expect.stringContaining('vol'),
    });
  });
});
