/**
 * The hostile corpus (tests/fixtures/hostile/, made by scripts/make-hostile-corpus.ts) through
 * every way a route file gets in: `npm run validate` and the build (the content loader), the
 * editor's import (what its button calls) and a share link. Each file is rejected with a
 * message at the field, or accepted as text, as expectations.json says; none throws, none
 * takes over 2 s (a generous bound against hangs, not a speed test: that is `npm run bench`),
 * and none adds anything to Object.prototype or Array.prototype.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteContent } from '../../../src/build/build-site-content.ts';
import { formatReports } from '../../../src/build/format-reports.ts';
import { loadRoutes } from '../../../src/build/load-routes.ts';
import { bytesToBase64url } from '../../../src/core/base64url.ts';
import { importRouteBytes } from '../../../src/core/editor/import-route.ts';
import { decodeShareData, shareData } from '../../../src/core/editor/share-link.ts';
import type { Problem } from '../../../src/core/problem.ts';

const CORPUS = join(process.cwd(), 'tests/fixtures/hostile');
const TODAY = '2026-11-27';
const NO_REFS = { terms: new Set<string>(), organisations: new Set<string>() };
const TIME_LIMIT_MS = 2000;

type Rejected = { path?: string; line?: number; says: string; importSays?: string };
interface Expectation {
  category: string;
  why: string;
  file: 'accepted' | Rejected;
  share: 'accepted' | { says: string };
  pad?: { bytes: number; with: string; end?: string };
}

const expectations = JSON.parse(
  readFileSync(join(CORPUS, 'expectations.json'), 'utf8'),
) as Record<string, Expectation>;
const corpusFiles = readdirSync(CORPUS).filter(
  (name) => name.endsWith('.json') && name !== 'expectations.json',
);

function bytesOf(name: string): Uint8Array {
  const bytes = readFileSync(join(CORPUS, name));
  const pad = expectations[name]?.pad;
  if (!pad) return bytes;
  const padding = pad.with.repeat(Math.ceil(pad.bytes / pad.with.length)) + (pad.end ?? '');
  return Buffer.concat([bytes, new TextEncoder().encode(padding)]);
}

/** Runs one way in, timed; a throw is caught and returned, so the test can say which. */
async function timed<T>(run: () => T | Promise<T>): Promise<{ result?: T; thrown?: unknown; ms: number }> {
  const start = performance.now();
  try {
    const result = await run();
    return { result, ms: performance.now() - start };
  } catch (thrown) {
    return { thrown, ms: performance.now() - start };
  }
}

async function viaShareLink(bytes: Uint8Array) {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const data = bytesToBase64url(new Uint8Array(await new Response(stream).arrayBuffer()));
  return decodeShareData(shareData(`#route=${data}`) ?? '');
}

const prototypeKeys = () => ({
  object: Object.getOwnPropertyNames(Object.prototype).sort(),
  array: Object.getOwnPropertyNames(Array.prototype).sort(),
});

function atPath(actual: string, expected = ''): boolean {
  return expected.endsWith('…') ? actual.startsWith(expected.slice(0, -1)) : actual === expected;
}

function matches(problem: Problem, expected: Rejected, says = expected.says): boolean {
  const place = expected.line !== undefined ? problem.line === expected.line : atPath(problem.path, expected.path);
  return problem.severity === 'error' && place && problem.message.includes(says);
}

/** The route as the file holds it, without its `$schema` line (drafts never keep one). */
function asWritten(bytes: Uint8Array): Record<string, unknown> {
  const text = new TextDecoder().decode(bytes).replace(/^\ufeff+/, '');
  const route = JSON.parse(text) as Record<string, unknown>;
  delete route.$schema;
  return route;
}

const where = (expected: Rejected) => (expected.line !== undefined ? `line ${expected.line}` : `"${expected.path}"`);

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'routekaart-hostile-'));
  mkdirSync(join(root, 'content', 'routes'), { recursive: true });
  for (const name of corpusFiles) writeFileSync(join(root, 'content', 'routes', name), bytesOf(name));
});

describe('the hostile corpus', () => {
  it('has at least 50 files, each with an expectation', () => {
    expect(corpusFiles.length).toBeGreaterThanOrEqual(50);
    expect(corpusFiles.filter((name) => !expectations[name])).toEqual([]);
    expect(Object.keys(expectations).filter((name) => !corpusFiles.includes(name))).toEqual([]);
  });

  it.each(corpusFiles)('%s: validate, import and share link do what the format says', async (name) => {
    const expected = expectations[name]!;
    const bytes = bytesOf(name);
    const before = prototypeKeys();

    const file = `content/routes/${name}`;
    const validated = await timed(() => loadRoutes(root, TODAY, [file]));
    const imported = await timed(() => importRouteBytes(bytes, NO_REFS, TODAY));
    const shared = await timed(() => viaShareLink(bytes));

    for (const [way, run] of Object.entries({ validated, imported, shared })) {
      expect(run.thrown, `${way} threw`).toBeUndefined();
      expect(run.ms, `${way} took ${Math.round(run.ms)} ms`).toBeLessThan(TIME_LIMIT_MS);
    }
    const errors = (validated.result?.reports ?? [])
      .flatMap((report) => report.problems)
      .filter((problem) => problem.severity === 'error');
    const importResult = imported.result!;
    const shareResult = shared.result!;

    if (expected.file === 'accepted') {
      expect(errors, 'validate').toEqual([]);
      // Accepted means taken as it is: every text exactly as in the file.
      expect(importResult, 'import').toEqual({ ok: true, route: asWritten(bytes), warnings: expect.any(Array) });
    } else {
      const rejected = expected.file;
      expect(errors.some((problem) => matches(problem, rejected)), `validate: an error at ${where(rejected)} saying "${rejected.says}" in ${JSON.stringify(errors).slice(0, 600)}`).toBe(true);
      expect(importResult.ok, 'import').toBe(false);
      const importProblems = importResult.ok ? [] : importResult.problems;
      expect(importProblems.some((problem) => matches(problem, rejected, rejected.importSays)), `import: an error at ${where(rejected)} in ${JSON.stringify(importProblems).slice(0, 600)}`).toBe(true);
    }

    if (expected.share === 'accepted') {
      expect(shareResult.ok, `share link: ${shareResult.ok ? '' : shareResult.message}`).toBe(true);
      expect(shareResult.ok && shareResult.route).toEqual(asWritten(bytes));
    } else {
      expect(shareResult).toEqual({ ok: false, message: expect.stringContaining(expected.share.says) });
    }

    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(prototypeKeys()).toEqual(before);
  });

  it('stops the build, naming each rejected file and its field', async () => {
    const built = await timed(() => buildSiteContent(root, TODAY, join(root, 'cache')));
    const message = built.thrown instanceof Error ? built.thrown.message : '';
    expect(message).toMatch(/^De inhoud bevat fouten; er is niets gebouwd\./);
    const lines = message.split('\n');
    for (const [name, expected] of Object.entries(expectations)) {
      const file = `content/routes/${name}`;
      if (expected.file === 'accepted') {
        expect(lines.filter((line) => line.startsWith(`${file}:`) && !line.includes('waarschuwing')), name).toEqual([]);
        continue;
      }
      const { line, path = '', says } = expected.file;
      // A problem with the whole file (its encoding) may point at the line where it shows.
      const places =
        line !== undefined ? [`${file}:${line}:`]
        : path.endsWith('…') ? [`${file}: ${path.slice(0, -1)}`]
        : path === '' ? [`${file}: /: `, `${file}:`]
        : [`${file}: ${path}: `];
      const named = lines.some(
        (text) => places.some((place) => text.startsWith(place)) && text.includes(says),
      );
      expect(named, `${places.join(' or ')} … ${says}`).toBe(true);
    }
    expect(formatReports([])).toBe('');
  });
});
