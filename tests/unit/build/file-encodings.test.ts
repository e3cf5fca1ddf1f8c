import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRoutes } from '../../../src/build/load-routes.ts';
import { formatReports } from '../../../src/build/format-reports.ts';
import { makeNode, makeRoute } from '../factories.ts';

const TODAY = '2026-11-27';

function routesDir(files: Record<string, Uint8Array | string>): string {
  const root = mkdtempSync(join(tmpdir(), 'routekaart-'));
  mkdirSync(join(root, 'content', 'routes'), { recursive: true });
  for (const [name, bytes] of Object.entries(files))
    writeFileSync(join(root, 'content', 'routes', name), bytes);
  return root;
}

const text = JSON.stringify(makeRoute({ nodes: [makeNode('zoco', { label: 'Zorgcoördinator' })], edges: [] }), null, 2);

describe('route files in other encodings than UTF-8', () => {
  it('refuses Windows-1252 with file, line and how to save as UTF-8, instead of corrupting ö', () => {
    const ansi = Uint8Array.from([...text].map((char) => char.charCodeAt(0)));
    const { routes, reports } = loadRoutes(routesDir({ 'ansi.json': ansi }), TODAY);
    expect(routes).toEqual([]);
    expect(formatReports(reports)).toMatch(
      /content\/routes\/ansi\.json:\d+:\d+: het bestand is niet opgeslagen als UTF-8: .*"ö".*UTF-8/,
    );
  });

  it('refuses UTF-16 by name, not with "hier hoort een waarde"', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const { reports } = loadRoutes(routesDir({ 'unicode.json': utf16 }), TODAY);
    expect(formatReports(reports)).toMatch(/unicode\.json: \/: het bestand is opgeslagen als UTF-16/);
  });

  it('accepts UTF-8 with a byte order mark, and says an empty file is empty', () => {
    const root = routesDir({
      'bom.json': new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text)]),
      'leeg.json': '  \n',
    });
    const { routes, reports } = loadRoutes(root, TODAY);
    expect(routes.map((entry) => entry.route.nodes[0]?.label)).toEqual(['Zorgcoördinator']);
    expect(formatReports(reports)).toMatch(/leeg\.json: \/: het bestand is leeg/);
  });
});
