import { describe, expect, it } from 'vitest';
import { importRouteText } from '../../../src/core/editor/import-route.ts';
import {
  MAX_CONTENT_CHARS,
  MAX_NESTING,
  excessiveNesting,
} from '../../../src/core/input-limits.ts';
import { parseJson } from '../../../src/core/parse-json.ts';
import { validateRoute, validateRouteText } from '../../../src/core/route/validate-route.ts';
import { makeGroup, makeNode, makeRoute } from '../factories.ts';

const refs = { terms: new Set<string>(), organisations: new Set<string>() };
const TODAY = '2026-11-27';
const messagesOf = (problems: readonly { path: string; message: string }[]) =>
  problems.map((problem) => `${problem.path}: ${problem.message}`);

describe('nesting depth', () => {
  it('finds the bracket that goes too deep, ignoring brackets in strings', () => {
    expect(excessiveNesting('[[[1]]]', 3)).toBeNull();
    expect(excessiveNesting('[[[[1]]]]', 3)).toBe(3);
    expect(excessiveNesting('{"a": "[[[[[[\\"[[[["}', 3)).toBeNull();
  });

  it('refuses a file nested 100 000 deep with a message, in parse, validate and import', () => {
    const deep = '['.repeat(100_000);
    const parsed = parseJson(deep);
    expect(parsed).toMatchObject({ ok: false, problem: { line: 1, column: MAX_NESTING + 1 } });
    expect(!parsed.ok && parsed.problem.message).toMatch(/te diep genest/);
    expect(messagesOf(validateRouteText(deep + ']'.repeat(100_000), refs, TODAY).problems)).toEqual(
      [expect.stringMatching(/te diep genest/)],
    );
    const imported = importRouteText(`{"nodes": ${deep}`, refs, TODAY);
    expect(!imported.ok && messagesOf(imported.problems)).toEqual([
      expect.stringMatching(/te diep genest/),
    ]);
  });
});

describe('size', () => {
  it('refuses a file larger than any route before reading it', () => {
    const huge = `{"title": "${'x'.repeat(MAX_CONTENT_CHARS)}"}`;
    const parsed = parseJson(huge);
    expect(!parsed.ok && parsed.problem.message).toMatch(/^het bestand is te groot \(4,0 MB\)/);
  });

  it('checks a long phone number by its length alone', () => {
    const route = makeRoute({
      nodes: [makeNode('a', { contact: { phone: '1'.repeat(8000) + 'x' } })],
      edges: [],
    });
    expect(messagesOf(validateRoute(route, refs, TODAY).problems)).toEqual([
      '/nodes/0/contact/phone: te lang: hoogstens 40 tekens (nu 8001)',
    ]);
  });

  it('limits how many groups a route and terms a step can have', () => {
    const groups = Array.from({ length: 51 }, (_, index) => makeGroup(`g${index}`));
    const terms = Array.from({ length: 21 }, (_, index) => `t${index}`);
    const route = makeRoute({ groups, nodes: [makeNode('a', { terms })], edges: [] });
    const tooMany = messagesOf(validateRoute(route, refs, TODAY).problems);
    expect(tooMany).toContain('/groups: te veel items: hoogstens 50 (nu 51)');
    expect(tooMany).toContain('/nodes/0/terms: te veel items: hoogstens 20 (nu 21)');
  });
});
