import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/core/problem.ts';
import { validateGlossaryEntryText } from '../../../src/core/glossary/validate-glossary-entry.ts';
import { entryFile, makeEntry, without } from '../glossary-factories.ts';

const FILE = 'content/glossary/mdo-onderwijs.mdx';

function messages(text: string): string[] {
  return validateGlossaryEntryText(text).problems.map((problem) => formatProblem(FILE, problem));
}

describe('validating one glossary file', () => {
  it('accepts a complete entry and returns its frontmatter', () => {
    const entry = makeEntry('mdo', 'onderwijs', {
      abbreviations: [{ abbr: 'MDO', expansion: 'multidisciplinair overleg' }],
      parentWording: { avoid: ['MDO'], prefer: ['gesprek over uw kind'] },
    });
    expect(validateGlossaryEntryText(entryFile(entry))).toEqual({ entry, problems: [] });
  });

  it('reads a review date as a date string, not as a YAML timestamp', () => {
    const text = entryFile(makeEntry('mdo')).replace(
      /lastReviewed: .*/,
      'lastReviewed: 2026-11-20',
    );
    expect(validateGlossaryEntryText(text).entry?.lastReviewed).toBe('2026-11-20');
  });

  it('names file and field for an entry without sources, definition or review date', () => {
    const incomplete = { ...without(makeEntry('mdo'), 'definition', 'lastReviewed'), sources: [] };
    expect(messages(entryFile(incomplete))).toEqual([
      `${FILE}: /definition: verplicht veld ontbreekt`,
      `${FILE}: /sources: minstens 1 item nodig`,
      `${FILE}: /lastReviewed: verplicht veld ontbreekt`,
    ]);
  });

  it('rejects an unknown context, a non-web source and a badly written date', () => {
    const entry = {
      ...makeEntry('mdo'),
      context: 'school',
      sources: [{ title: 'Bron', url: 'ftp://example.org' }],
      lastReviewed: '20-11-2026',
    };
    expect(messages(entryFile(entry))).toEqual([
      expect.stringMatching(/\/context: moet een van deze waarden zijn: "onderwijs", "ggz"/),
      `${FILE}: /sources/0/url: alleen http:// of https://-adressen zijn toegestaan`,
      `${FILE}: /lastReviewed: datum in de vorm JJJJ-MM-DD`,
    ]);
  });

  it('suggests the right name for a misspelt field', () => {
    const { definition, ...rest } = makeEntry('mdo');
    expect(messages(entryFile({ ...rest, defintion: definition }))).toContain(
      `${FILE}: /defintion: onbekend veld "defintion" (bedoel je "definition"?)`,
    );
  });

  it('locates YAML mistakes and missing frontmatter by line', () => {
    expect(messages('---\nid: mdo-onderwijs\nterm: [mdo\n---\n')).toEqual([
      expect.stringMatching(new RegExp(`^${FILE}:\\d+:\\d+: ongeldige YAML`)),
    ]);
    expect(messages('Alleen tekst.\n')).toEqual([
      `${FILE}:1:1: het bestand moet beginnen met YAML-frontmatter tussen twee regels "---"`,
    ]);
  });

  it('rejects JSX or HTML in the body, which MDX would try to run as code', () => {
    const text = entryFile(makeEntry('mdo'), 'Gewone tekst.\n\nKinderen < 12 jaar.\n');
    const bodyLine = text.split('\n').findIndex((line) => line.includes('<')) + 1;
    expect(messages(text)).toEqual([
      expect.stringContaining(
        `${FILE}:${bodyLine}:10: de uitleg onder de frontmatter is gewone tekst`,
      ),
    ]);
  });
});
