/**
 * Properties that hold for every route, checked on generated ones (fast-check): validation
 * never throws and names a place for every problem, whatever the input; a route written by
 * the editor reads back as the same route, through a file and through a share link.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importRouteBytes, importRouteText } from '../../../src/core/editor/import-route.ts';
import { routeFileText } from '../../../src/core/editor/route-file.ts';
import {
  decodeShareData,
  encodeShareFragment,
  shareData,
} from '../../../src/core/editor/share-link.ts';
import type { Problem } from '../../../src/core/problem.ts';
import { validateRoute, validateRouteText } from '../../../src/core/route/validate-route.ts';
import { mutatedRouteText, mutationArb, validRouteArb } from '../route-arbitraries.ts';

const TODAY = '2026-11-27';
const NO_REFS = { terms: new Set<string>(), organisations: new Set<string>() };
const POINTER = /^(\/[^/]*)*$/;

const errorsOf = (problems: readonly Problem[]) =>
  problems.filter((problem) => problem.severity === 'error');

/** Every problem says something, at a JSON Pointer (or a line, for broken JSON). */
function wellFormed(problem: Problem): boolean {
  return problem.message.trim() !== '' && POINTER.test(problem.path);
}

describe('validation, on any input', () => {
  it('finds no errors in a valid route', () => {
    fc.assert(
      fc.property(validRouteArb(), (route) => {
        expect(errorsOf(validateRoute(route, NO_REFS, TODAY).problems)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on a broken route, and names a place for every problem', () => {
    fc.assert(
      fc.property(
        validRouteArb(),
        fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
        (route, mutations) => {
          const text = mutatedRouteText(route, mutations);
          const { problems } = validateRouteText(text, NO_REFS, TODAY);
          expect(problems.every(wellFormed)).toBe(true);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(validateRoute(value, NO_REFS, TODAY).problems.every(wellFormed)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on damaged text or bytes, and refuses them with a message', () => {
    const damagedText = fc
      .tuple(
        validRouteArb({ maxNodes: 4 }),
        fc.nat(),
        fc.nat({ max: 40 }),
        fc.string({ unit: 'binary' }),
      )
      .map(([route, at, remove, insert]) => {
        const text = JSON.stringify(route, null, 2);
        const start = at % text.length;
        return text.slice(0, start) + insert + text.slice(start + remove);
      });
    fc.assert(
      fc.property(damagedText, (text) => {
        const result = importRouteText(text, NO_REFS, TODAY);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const result = importRouteBytes(bytes, NO_REFS, TODAY);
        expect(result.ok || result.problems.every((problem) => problem.message !== '')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('export, then import', () => {
  it('gives back the same route from its file', () => {
    fc.assert(
      fc.property(validRouteArb(), (route) => {
        const imported = importRouteText(routeFileText(route), NO_REFS, TODAY);
        expect(imported).toEqual({ ok: true, route, warnings: expect.any(Array) });
      }),
      { numRuns: 100 },
    );
  });

  it('gives back the same route from its share link', async () => {
    await fc.assert(
      fc.asyncProperty(validRouteArb(), async (route) => {
        const encoded = await encodeShareFragment(route);
        if (!encoded.ok) throw new Error(encoded.message);
        expect(await decodeShareData(shareData(`#${encoded.fragment}`)!)).toEqual({
          ok: true,
          route,
        });
      }),
      { numRuns: 50 },
    );
  });

  it('never throws on any share link text, and says why it refuses one', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (data) => {
        const decoded = await decodeShareData(data);
        if (!decoded.ok) expect(decoded.message).toMatch(/\S/);
      }),
      { numRuns: 200 },
    );
  });
});
