import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readingPaths } from '../../../src/build/reading-paths.ts';
import { routeJsonFiles } from '../../../src/build/route-json-files.ts';
import type { SiteContent } from '../../../src/build/site-content.ts';
import { makeRoute } from '../factories.ts';

function contentDir(routes: Record<string, object>): string {
  const root = mkdtempSync(join(tmpdir(), 'routekaart-reading-'));
  mkdirSync(join(root, 'content', 'routes'), { recursive: true });
  for (const [slug, route] of Object.entries(routes))
    writeFileSync(join(root, 'content', 'routes', `${slug}.json`), JSON.stringify(route));
  return root;
}

describe('readingPaths', () => {
  const root = contentDir({
    'school-a': makeRoute({ kind: 'school', sector: 'vso' }),
    'template-vo': makeRoute({ kind: 'template', sector: 'vo' }),
  });

  it('prerenders print view, SVG file and embed page of every route', () => {
    expect(readingPaths(root)).toEqual(
      expect.arrayContaining([
        '/school/school-a/afdrukken',
        '/school/school-a/schema.svg',
        '/embed/school-a',
        '/route/template-vo/afdrukken',
        '/route/template-vo/schema.svg',
        '/embed/template-vo',
      ]),
    );
  });

  it('prerenders the compare form and each school against its closest template', () => {
    const paths = readingPaths(root);
    expect(paths).toContain('/vergelijk');
    expect(paths.filter((path) => path.startsWith('/vergelijk/'))).toEqual([
      '/vergelijk/school-a/template-vo',
    ]);
  });
});

describe('routeJsonFiles', () => {
  it('publishes every route as /routes/<slug>.json', () => {
    const route = makeRoute();
    const content = { routes: [{ slug: 'template-po', url: '/route/template-po', route }] };
    const [file] = routeJsonFiles(content as unknown as SiteContent);
    expect(file?.fileName).toBe('routes/template-po.json');
    expect(JSON.parse(file!.source)).toEqual(route);
  });
});
