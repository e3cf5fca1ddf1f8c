import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteContent } from '../../../src/build/build-site-content.ts';
import { makeNode, makeRoute } from '../factories.ts';
import { TODAY, makeSocialMap, toSource } from './factories.ts';
import { writeSiteFile } from '../site-factories.ts';

function contentDir(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'routekaart-sociale-kaart-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  writeSiteFile(root);
  return root;
}

const route = (organisation: string) =>
  JSON.stringify(
    makeRoute({
      nodes: [makeNode('mentor'), makeNode('ib'), makeNode('zat', { kind: 'team', organisation })],
    }),
  );

function mapFiles(map = makeSocialMap()): Record<string, string> {
  const source = toSource(map);
  return Object.fromEntries(
    [source.region, source.roles, ...source.organisations, ...source.questions].map((file) => [
      file.file,
      file.text,
    ]),
  );
}

describe('building the site with a social map', () => {
  it('builds an empty social map when the content has none', async () => {
    const root = contentDir({ 'content/routes/a.json': JSON.stringify(makeRoute()) });
    const content = await buildSiteContent(root, TODAY, join(root, 'cache'));
    expect(content.socialMap.organisations).toEqual([]);
    expect(content.socialNetwork.nodes).toEqual([]);
  });

  it('hands the pages the valid map, its network layout, and routes that point into it', async () => {
    const root = contentDir({ ...mapFiles(), 'content/routes/a.json': route('jgz') });
    const content = await buildSiteContent(root, TODAY, join(root, 'cache'));
    expect(content.socialMap.organisations.map((organisation) => organisation.id)).toEqual(['jgz']);
    expect(content.socialNetwork.nodes.map((node) => `${node.kind}:${node.id}`)).toContain(
      'organisation:jgz',
    );
  });

  it('stops with every problem of every social-map file, naming file and field', async () => {
    const files = mapFiles();
    files['content/socialmap/organisations/jgz.json'] = files[
      'content/socialmap/organisations/jgz.json'
    ]!.replace('"Voorbeeldstad"', '"Nergensdorp"');
    files['content/socialmap/questions/vraag.json'] = '{ "professional": ';
    const root = contentDir({ ...files, 'content/routes/a.json': route('ggz') });
    await expect(buildSiteContent(root, TODAY, join(root, 'cache'))).rejects.toThrow(
      /content\/routes\/a\.json: \/nodes\/2\/organisation: onbekende organisatie "ggz"[\s\S]*content\/socialmap\/organisations\/jgz\.json: \/areas\/0: onbekende gemeente "Nergensdorp"[\s\S]*content\/socialmap\/questions\/vraag\.json:1:\d+: ongeldige JSON/,
    );
  });
});
