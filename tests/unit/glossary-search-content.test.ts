import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/build/load-glossary.ts';
import { buildSearchIndex } from '../../src/core/glossary/glossary-search-index.ts';
import { searchGlossary } from '../../src/core/glossary/glossary-search.ts';

// The search against the real glossary: what readers type, and what must come first.
const { entries } = loadGlossary(process.cwd(), '2026-11-27');
const index = buildSearchIndex(entries);
const first = (query: string) => searchGlossary(index, query)[0]?.entry.id;

const FIRST_RESULT: [kind: string, query: string, expected: string][] = [
  ['abbreviation', 'OPP', 'opp-onderwijs'],
  ['abbreviation', 'tlv', 'tlv-onderwijs'],
  ['abbreviation', 'ZAT', 'zat-onderwijs'],
  ['abbreviation', 'smw', 'smw-onderwijs'],
  ['abbreviation', 'CJG', 'cjg-gemeente'],
  ['abbreviation', 'jgz', 'jgz-gemeente'],
  ['abbreviation', 'SWV', 'samenwerkingsverband-onderwijs'],
  ['abbreviation', 'hgw', 'hgw-onderwijs'],
  ['abbreviation', 'avg', 'avg-onderwijs'],
  ['abbreviation', 'vso', 'vso-onderwijs'],
  ['abbreviation', 'so', 'so-onderwijs'],
  ['abbreviation', 'po', 'po-onderwijs'],
  ['abbreviation', 'mbo', 'mbo-onderwijs'],
  ['abbreviation', 'jggz', 'jggz-ggz'],
  ['abbreviation, other spelling', "ib'er", 'intern-begeleider-onderwijs'],
  ['abbreviation, other spelling', 'poh ggz', 'poh-ggz-huisartsenzorg'],
  ['abbreviation, other spelling', 'POH-GGZ', 'poh-ggz-huisartsenzorg'],
  ['abbreviation, other spelling', 'poh jeugd', 'poh-jeugd-huisartsenzorg'],
  ['missing diacritics', 'zorgcoordinator', 'zorgcoordinator-onderwijs'],
  ['missing diacritics', 'ondersteuningscoordinator', 'ondersteuningscoordinator-onderwijs'],
  ['typo', 'zorgcordinator', 'zorgcoordinator-onderwijs'],
  ['typo', 'intern begeleidr', 'intern-begeleider-onderwijs'],
  ['typo', 'schoolmaatschapelijk werk', 'smw-onderwijs'],
  ['typo', 'orthopedagog', 'orthopedagoog-onderwijs'],
  ['typo', 'beschiking', 'beschikking-onderwijs'],
  ['typo', 'wijk tem', 'wijkteam-gemeente'],
  ['typo', 'ontwikkelingsperspektief', 'opp-onderwijs'],
  ['full form', 'toelaatbaarheidsverklaring', 'tlv-onderwijs'],
  ['full form', 'zorg- en adviesteam', 'zat-onderwijs'],
  ['full form', 'centrum voor jeugd en gezin', 'cjg-gemeente'],
  ['full form', 'handelingsgericht werken', 'hgw-onderwijs'],
  ['full form', 'intern begeleider', 'intern-begeleider-onderwijs'],
  ['full form', 'Veilig Thuis', 'veilig-thuis-gemeente'],
  ['full form', 'vrij toegankelijke hulp', 'vrij-toegankelijke-hulp-gemeente'],
  ['full form', 't shaped professional', 't-shaped-professional-jeugdhulp'],
  ['other name', 'buurtteam', 'wijkteam-jeugdhulp'],
  ['other name', 'consultatiebureau', 'jgz-gemeente'],
  ['other name', 'spijbelen', 'verzuim-onderwijs'],
  ['other name', '1e schil', 'eerste-schil-onderwijs'],
  ['prefix while typing', 'leerplichtamb', 'leerplichtambtenaar-gemeente'],
  ['prefix while typing', 'regiebeh', 'regiebehandelaar-ggz'],
  ['ambiguous', 'mdo', 'mdo-onderwijs'],
  ['ambiguous', 'intake', 'intake-onderwijs'],
  ['ambiguous', 'ggz', 'ggz-ggz'],
];

describe('searching the real glossary', () => {
  it.each(FIRST_RESULT)('%s: "%s" finds %s first', (_kind, query, expected) => {
    expect(first(query)).toBe(expected);
  });

  it('lists every meaning of an ambiguous word before anything else', () => {
    for (const term of ['mdo', 'intake', 'mentor', 'verwijzing', 'terugkoppeling', 'wijkteam']) {
      const meanings = entries.filter((entry) => entry.term === term).length;
      const top = searchGlossary(index, term).slice(0, meanings);
      expect(meanings, term).toBeGreaterThanOrEqual(2);
      expect(
        top.map((hit) => hit.entry.term),
        term,
      ).toEqual(Array(meanings).fill(term));
    }
  });

  it('ranks GGZ above JGGZ and POH-GGZ for "GGZ"', () => {
    const ids = searchGlossary(index, 'GGZ').map((hit) => hit.entry.id);
    expect(ids.indexOf('ggz-ggz')).toBeLessThan(ids.indexOf('jggz-ggz'));
    expect(ids.indexOf('ggz-ggz')).toBeLessThan(ids.indexOf('poh-ggz-huisartsenzorg'));
  });

  it("puts the meaning of the reader's own context first", () => {
    expect(searchGlossary(index, 'MDO', { context: 'ggz' })[0]?.entry.id).toBe('mdo-ggz');
    expect(searchGlossary(index, 'intake', { context: 'jeugdhulp' })[0]?.entry.id).toBe(
      'intake-jeugdhulp',
    );
  });
});
