import { describe, expect, it } from 'vitest';
import { SCAN_FORMAT } from '../../../src/core/samenwerken/scan-file.ts';
import { createWorkStore, newWorkId } from '../../../src/core/samenwerken/work-store.ts';
import { memoryStore } from '../editor/memory-store.ts';
import { makeScan } from './scan-factories.ts';

const scans = createWorkStore('routekaart:zelfscan:', SCAN_FORMAT, 'je zelfscan');
const work = (id: string, updatedAt = '2026-11-27T10:00:00.000Z') => ({
  id,
  origin: 'new' as const,
  updatedAt,
  value: makeScan({ effecten: 'kan-beter' }),
});

describe('scans and plans kept in the browser', () => {
  it('saves, loads, lists newest first and discards', () => {
    const store = memoryStore();
    scans.save(store, work('a'));
    scans.save(store, work('b', '2026-11-27T11:00:00.000Z'));
    expect(scans.load(store, 'a')).toEqual({ status: 'found', work: work('a') });
    expect(scans.list(store).items.map((item) => item.id)).toEqual(['b', 'a']);
    scans.discard(store, 'a');
    expect(scans.load(store, 'a')).toEqual({ status: 'missing' });
  });

  it('sets an unreadable value aside, reports it and keeps the rest', () => {
    const store = memoryStore({ 'routekaart:zelfscan:kapot': '{"app": "routekaart"' });
    const broken = { ...work('vreemd'), value: { ...makeScan(), answers: { x: {} } } };
    store.setItem(
      'routekaart:zelfscan:vreemd',
      JSON.stringify({ app: 'routekaart', type: 'zelfscan-concept', version: 1, ...broken }),
    );
    scans.save(store, work('goed'));
    const list = scans.list(store);
    expect(list.items.map((item) => item.id)).toEqual(['goed']);
    expect(list.setAside).toEqual([
      {
        key: 'routekaart:zelfscan:kapot',
        movedTo: 'routekaart:zelfscan:kapot-beschadigd',
        reason: 'geen leesbare JSON',
      },
      {
        key: 'routekaart:zelfscan:vreemd',
        movedTo: 'routekaart:zelfscan:vreemd-beschadigd',
        reason: 'geen zelfscan in het verwachte formaat (bij /answers/x: onbekend veld "x")',
      },
    ]);
    // Nothing is lost: the text is kept under the new key, and not listed again.
    expect(store.getItem('routekaart:zelfscan:kapot-beschadigd')).toBe('{"app": "routekaart"');
    expect(scans.list(store).setAside).toEqual([]);
  });

  it('says in Dutch when the browser is full, naming what to download', () => {
    const store = memoryStore({}, 100);
    expect(scans.save(store, work('a'))).toEqual({
      ok: false,
      message:
        'De opslag van deze browser is vol: je wijzigingen zijn niet bewaard. Download je zelfscan als bestand.',
    });
  });

  it('makes ids that name the kind of work', () => {
    expect(newWorkId('zelfscan', 1_700_000_000_000, 0.5)).toMatch(/^zelfscan-[a-z0-9]+$/);
  });
});
