import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/core/problem.ts';
import { validateSamenwerken } from '../../../src/core/samenwerken/validate-samenwerken.ts';
import {
  REFS,
  makeElementsFile,
  makeFormsFile,
  makePlanPartsFile,
  toSource,
} from './content-factories.ts';

const lines = (result: ReturnType<typeof validateSamenwerken>) =>
  result.reports.flatMap((report) => report.problems.map((p) => formatProblem(report.file, p)));

describe('validating the samenwerken content', () => {
  it('accepts complete files whose links and terms exist', () => {
    const result = validateSamenwerken(toSource(), REFS);
    expect(lines(result)).toEqual([]);
    expect(result.content?.elements.elements).toHaveLength(12);
  });

  it('names a missing element and a duplicate one, and returns no content', () => {
    const file = makeElementsFile();
    file.elements[1] = { ...file.elements[0]! };
    const result = validateSamenwerken(toSource({ elements: file }), REFS);
    expect(result.content).toBeNull();
    expect(lines(result)).toEqual([
      'e.json: /elements/1/id: dubbel element "randvoorwaarden" (ook bij /elements/0)',
      'e.json: /elements: element ontbreekt: "visie-en-doelen"',
    ]);
  });

  it('keeps the order of the source, which the scan and the plan follow', () => {
    const file = makePlanPartsFile();
    file.levels.reverse();
    expect(lines(validateSamenwerken(toSource({ plan: file }), REFS))).toEqual([
      'p.json: /levels/0/id: hier hoort "bestuurlijk": houd de volgorde van de bron aan (bestuurlijk, relationeel, professioneel)',
    ]);
  });

  it('checks route links, steps and glossary terms against the site', () => {
    const file = makeFormsFile();
    const practice = file.forms[0]!.practices[0]!;
    practice.links = [
      { route: 'school-b', label: 'Onbekend' },
      { route: 'school-a', node: 'zat', label: 'Geen stap' },
    ];
    practice.terms = ['zat-onderwijs'];
    file.forms[1]!.practices[0]!.id = practice.id;
    expect(lines(validateSamenwerken(toSource({ forms: file }), REFS))).toEqual([
      'f.json: /forms/0/practices/0/links/0/route: onbekende route "school-b"',
      'f.json: /forms/0/practices/0/links/1/node: de route "school-a" heeft geen stap "zat"',
      'f.json: /forms/0/practices/0/terms/0: onbekend begrip "zat-onderwijs"',
      'f.json: /forms/1/practices/0/id: dubbele id "praktijk-preventie" (ook bij /forms/0/practices/0)',
    ]);
  });

  it('reports broken JSON and unknown fields in Dutch, with a suggestion', () => {
    const forms = { ...makeFormsFile(), intor: 'x' };
    const result = validateSamenwerken(toSource({ elements: '{ "intro": ', forms }), REFS);
    expect(lines(result)).toEqual([
      'e.json:1:12: ongeldige JSON: het bestand houdt te vroeg op: ontbreekt er een } of ] aan het eind?',
      'f.json: /intor: onbekend veld "intor" (bedoel je "intro"?)',
    ]);
  });

  it('refuses links that are not web pages in the sources', () => {
    const file = makeElementsFile();
    file.sources = [{ title: 'Bron', publisher: 'Uitgever', url: 'javascript:alert(1)' }];
    expect(lines(validateSamenwerken(toSource({ elements: file }), REFS))).toEqual([
      'e.json: /sources/0/url: alleen http:// of https://-adressen zijn toegestaan',
    ]);
  });
});
