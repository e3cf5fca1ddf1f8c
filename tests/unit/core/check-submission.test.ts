import { describe, expect, it } from 'vitest';
import { type PublishedRef, checkSubmission } from '../../../src/core/beheer/check-submission.ts';
import { makeNode, makeRoute } from '../factories.ts';

const refs = { terms: new Set<string>(), organisations: new Set<string>() };
const school = { name: 'De Regenboog', municipality: 'Voorbeeldstad' };
const published: PublishedRef[] = [
  {
    slug: 'de-regenboog-voorbeeldstad',
    url: '/school/de-regenboog-voorbeeldstad',
    name: 'De Regenboog',
    school,
  },
];
const check = (route: unknown) =>
  checkSubmission(JSON.stringify(route), refs, '2026-12-02', published);

describe('checking a route file a school sent in', () => {
  it('finds the published route of the same school and keeps its file name', () => {
    const result = check(
      makeRoute({ kind: 'school', school: { ...school, name: 'de regenboog' } }),
    );
    expect(result.problems).toEqual([]);
    expect(result.replaces?.slug).toBe('de-regenboog-voorbeeldstad');
    expect(result.fileName).toBe('de-regenboog-voorbeeldstad.json');
  });

  it('names a new school’s file after the school', () => {
    const result = check(
      makeRoute({ kind: 'school', school: { name: 'De Linde', municipality: 'Proefdorp' } }),
    );
    expect(result.replaces).toBeNull();
    expect(result.fileName).toBe('de-linde-proefdorp.json');
  });

  it('lists every problem, and still compares a file whose shape is right', () => {
    const result = check(
      makeRoute({
        kind: 'school',
        school,
        maintainerEmail: 'j.jansen@school.example',
        nodes: [makeNode('a'), makeNode('a')],
        edges: [],
      }),
    );
    expect(
      result.problems
        .filter((problem) => problem.severity === 'error')
        .map((problem) => `${problem.path}: ${problem.message}`),
    ).toEqual([
      '/nodes/1/id: dubbele stap-id "a" (ook bij /nodes/0)',
      '/maintainerEmail: lijkt een persoonlijk adres; gebruik een functieadres, bijv. aanmelden@…',
    ]);
    expect(result.route).not.toBeNull();
    expect(result.replaces?.slug).toBe('de-regenboog-voorbeeldstad');
  });

  it('reports a file that is no JSON at all', () => {
    const result = checkSubmission('{ "version": 1,', refs, '2026-12-02', published);
    expect(result.route).toBeNull();
    expect(result.fileName).toBeNull();
    expect(result.problems[0]!.line).toBe(1);
  });
});
