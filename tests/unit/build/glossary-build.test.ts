import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteContent } from '../../../src/build/build-site-content.ts';
import { listPrerenderPaths } from '../../../src/build/prerender-paths.ts';
import { makeNode, makeRoute } from '../factories.ts';
import { entryFile, makeAbbreviation, makeEntry, without } from '../glossary-factories.ts';
import { writeSiteFile } from '../site-factories.ts';

const TODAY = '2026-11-27';

function site(glossary: Record<string, string>, routes: Record<string, unknown> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'routekaart-glossary-'));
  mkdirSync(join(root, 'content', 'glossary'), { recursive: true });
  mkdirSync(join(root, 'content', 'routes'), { recursive: true });
  for (const [name, text] of Object.entries(glossary))
    writeFileSync(join(root, 'content', 'glossary', name), text);
  for (const [name, route] of Object.entries(routes))
    writeFileSync(join(root, 'content', 'routes', name), JSON.stringify(route));
  writeSiteFile(root);
  return root;
}

const mdo = makeAbbreviation('MDO', 'multidisciplinair overleg', 'onderwijs', { scopeNote: 'Met ouders.' });
const mdoCare = makeAbbreviation('MDO', 'multidisciplinair overleg', 'ggz', { scopeNote: 'Zonder ouders.' });

describe('building with a glossary', () => {
  it('stops with every glossary and route problem, naming file and field', async () => {
    const root = site(
      {
        'mdo-onderwijs.mdx': entryFile({ ...without(mdo, 'sources'), related: ['zat-onderwijs'] }),
        'zat-onderwijs.mdx': entryFile(makeEntry('zat', 'onderwijs', { related: ['ib-onderwijs'] })),
      },
      { 'a.json': makeRoute({ nodes: [makeNode('mentor', { terms: ['opp-onderwijs'] })], edges: [] }) },
    );
    const build = buildSiteContent(root, TODAY, join(root, 'cache'));
    await expect(build).rejects.toThrow('content/glossary/mdo-onderwijs.mdx: /sources: verplicht veld ontbreekt');
    await expect(build).rejects.toThrow('content/glossary/zat-onderwijs.mdx: /related/0: onbekend begrip "ib-onderwijs"');
    await expect(build).rejects.toThrow('content/routes/a.json: /nodes/0/terms/0: onbekend begrip "opp-onderwijs"');
  });

  it("gives each route only the meanings its texts mention, in the route's context", async () => {
    const route = makeRoute({
      nodes: [makeNode('mentor', { description: 'De mentor plant een MDO met ouders.' }), makeNode('ib')],
      edges: [],
    });
    const root = site(
      {
        'mdo-onderwijs.mdx': entryFile(mdo),
        'mdo-ggz.mdx': entryFile(mdoCare),
        'zat-onderwijs.mdx': entryFile(makeAbbreviation('ZAT', 'zorg- en adviesteam')),
      },
      { 'a.json': route, 'zorg.json': { ...route, kind: 'care', sector: undefined } },
    );
    const content = await buildSiteContent(root, TODAY, join(root, 'cache'));
    expect(content.glossary.map((entry) => entry.id)).toEqual(['mdo-ggz', 'mdo-onderwijs', 'zat-onderwijs']);
    expect(content.routes.map((entry) => entry.terms.map((term) => term.id))).toEqual([['mdo-onderwijs'], ['mdo-ggz']]);
    expect(content.routes[0]!.terms[0]!.otherContexts).toEqual(['ggz']);
  });

  it('prerenders /begrippen and one page per word, shared by its meanings', () => {
    const root = site({ 'mdo-onderwijs.mdx': entryFile(mdo), 'mdo-ggz.mdx': entryFile(mdoCare) });
    expect(listPrerenderPaths(root)).toEqual(expect.arrayContaining(['/begrippen', '/begrippen/mdo']));
    expect(listPrerenderPaths(root).filter((path) => path.startsWith('/begrippen/'))).toHaveLength(1);
  });
});
