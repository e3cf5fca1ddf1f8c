import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type LayoutCacheStats, layoutKey, layoutWithCache } from '../../../src/build/layout-cache.ts';
import { makeRoute } from '../factories.ts';

const freshStats = (): LayoutCacheStats => ({ hits: 0, misses: 0 });

describe('the build layout cache', () => {
  it('treats a truncated or malformed entry as a miss and replaces it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'routekaart-cache-'));
    const route = makeRoute();
    const [good] = await layoutWithCache([route], dir);
    const file = join(dir, `${layoutKey(route)}.json`);
    const text = readFileSync(file, 'utf8');

    for (const broken of [text.slice(0, text.length / 2), '{"width": 1}', '', 'null']) {
      writeFileSync(file, broken);
      const stats = freshStats();
      expect(await layoutWithCache([route], dir, stats)).toEqual([good]);
      expect(stats).toEqual({ hits: 0, misses: 1 });
      expect(readFileSync(file, 'utf8')).toBe(text);
    }
  });

  it('treats a layout of other steps as a miss', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'routekaart-cache-'));
    const route = makeRoute();
    const [layout] = await layoutWithCache([route], dir);
    const other = { ...layout!, nodes: layout!.nodes.map((node) => ({ ...node, id: `x-${node.id}` })) };
    writeFileSync(join(dir, `${layoutKey(route)}.json`), JSON.stringify(other));
    const stats = freshStats();
    expect(await layoutWithCache([route], dir, stats)).toEqual([layout]);
    expect(stats.misses).toBe(1);
  });

  it('leaves only whole entries behind, no temporary files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'routekaart-cache-'));
    await layoutWithCache([makeRoute(), makeRoute({ title: 'Tweede' })], dir);
    expect(readdirSync(dir).every((name) => /^[0-9a-f]{32}\.json$/.test(name))).toBe(true);
    const stats = freshStats();
    await layoutWithCache([makeRoute()], dir, stats);
    expect(stats).toEqual({ hits: 1, misses: 0 });
  });
});
