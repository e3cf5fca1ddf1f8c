import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteContent } from '../../../src/build/build-site-content.ts';
import { makeEdge, makeNode, makeRoute } from '../factories.ts';
import { writeSiteFile } from '../site-factories.ts';

const TODAY = '2026-11-27';

function contentDir(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'routekaart-'));
  mkdirSync(join(root, 'content', 'routes'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'content', 'routes', name), text);
  writeSiteFile(root);
  return root;
}

describe('building the site content', () => {
  it('stops with every problem of every file, naming file and field', async () => {
    const broken = { ...makeRoute(), nodes: [makeNode('mentor'), makeNode('mentor')] };
    const root = contentDir({
      'a.json': JSON.stringify(broken),
      'b.json': '{ "version": 1,',
      'c.json': JSON.stringify(makeRoute()),
    });
    await expect(buildSiteContent(root, TODAY)).rejects.toThrow(
      /content\/routes\/a\.json: \/nodes\/1\/id: dubbele stap-id "mentor"[\s\S]*content\/routes\/b\.json:1:16: ongeldige JSON/,
    );
  });

  it('gives each valid route its URL and layout', async () => {
    const root = contentDir({ 'de-school.json': JSON.stringify(makeRoute({ kind: 'school', school: { name: 'De School', municipality: 'Voorbeeldstad' } })) });
    const content = await buildSiteContent(root, TODAY, join(root, 'cache'));
    expect(content.routes.map((entry) => entry.url)).toEqual(['/school/de-school']);
    expect(content.routes[0]!.layout.nodes.map((node) => node.id)).toEqual(['mentor', 'ib', 'zat']);
  });

  it('lays out only the routes that changed since the last build', async () => {
    const root = contentDir({ 'a.json': JSON.stringify(makeRoute()), 'b.json': JSON.stringify(makeRoute({ title: 'B' })) });
    const cache = join(root, 'cache');
    await buildSiteContent(root, TODAY, cache);
    expect(readdirSync(cache)).toHaveLength(2);
    const changed = makeRoute({ title: 'B', edges: [makeEdge('mentor', 'ib'), makeEdge('mentor', 'zat')] });
    writeFileSync(join(root, 'content', 'routes', 'b.json'), JSON.stringify(changed));
    await buildSiteContent(root, TODAY, cache);
    // One new cache entry: a's layout was reused, b's was computed again.
    expect(readdirSync(cache)).toHaveLength(3);
  });
});
