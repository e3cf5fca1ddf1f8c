import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/core/glossary/glossary-search-index.ts';
import { type SearchOptions, searchGlossary } from '../../../src/core/glossary/glossary-search.ts';
import { makeAbbreviation, makeEntry } from '../glossary-factories.ts';

const GLOSSARY = [
  makeAbbreviation('MDO', 'multidisciplinair overleg', 'onderwijs'),
  makeAbbreviation('MDO', 'multidisciplinair overleg', 'ggz'),
  makeAbbreviation('GGZ', 'geestelijke gezondheidszorg', 'ggz'),
  makeAbbreviation('JGGZ', 'jeugd-ggz', 'ggz', { altLabels: ['jeugd-GGZ'] }),
  makeAbbreviation('POH-GGZ', 'praktijkondersteuner huisarts ggz', 'huisartsenzorg'),
  makeEntry('zorgcoordinator', 'onderwijs', { prefLabel: 'zorgcoördinator' }),
  makeEntry('intern-begeleider', 'onderwijs', {
    prefLabel: 'intern begeleider',
    abbreviations: [{ abbr: 'IB', expansion: 'intern begeleider' }],
    altLabels: ["IB'er"],
  }),
  makeEntry('thuiszitter', 'onderwijs', {
    definition: 'Een leerling die langer dan vier weken niet naar school gaat zonder vrijstelling.',
  }),
];
const index = buildSearchIndex(GLOSSARY);
const ids = (query: string, options?: SearchOptions) =>
  searchGlossary(index, query, options).map((hit) => hit.entry.id);

describe('glossary search', () => {
  it('ranks an exact abbreviation above labels that merely contain it', () => {
    expect(ids('GGZ').slice(0, 1)).toEqual(['ggz-ggz']);
    expect(ids('ggz')).toContain('jggz-ggz');
    expect(ids('ggz').indexOf('ggz-ggz')).toBeLessThan(ids('ggz').indexOf('jggz-ggz'));
  });

  it('lists every meaning of an ambiguous word first', () => {
    expect(ids('mdo').slice(0, 2).sort()).toEqual(['mdo-ggz', 'mdo-onderwijs']);
  });

  it("puts the reader's own context first among equal matches", () => {
    expect(ids('MDO', { context: 'ggz' })[0]).toBe('mdo-ggz');
    expect(ids('MDO', { context: 'onderwijs' })[0]).toBe('mdo-onderwijs');
  });

  it('ignores case, diacritics, spaces and punctuation', () => {
    expect(ids('zorgcoordinator')[0]).toBe('zorgcoordinator-onderwijs');
    expect(ids('poh ggz')[0]).toBe('poh-ggz-huisartsenzorg');
    expect(ids("ib'er")[0]).toBe('intern-begeleider-onderwijs');
    expect(ids('INTERN BEGELEIDER')[0]).toBe('intern-begeleider-onderwijs');
  });

  it('finds labels by prefix while typing, and by a later word', () => {
    expect(ids('zorgc')[0]).toBe('zorgcoordinator-onderwijs');
    expect(ids('begeleid')[0]).toBe('intern-begeleider-onderwijs');
  });

  it('tolerates typos', () => {
    expect(ids('zorgcordinator')[0]).toBe('zorgcoordinator-onderwijs');
    expect(ids('intern begeleidr')[0]).toBe('intern-begeleider-onderwijs');
  });

  it('finds a word that only the definition uses, below label matches', () => {
    expect(ids('vrijstelling')).toEqual(['thuiszitter-onderwijs']);
  });

  it('returns nothing for an empty query or one that matches nothing', () => {
    expect(ids('  ')).toEqual([]);
    expect(ids('xylofoon')).toEqual([]);
  });

  it('caps the number of results', () => {
    expect(searchGlossary(index, 'o', { limit: 2 })).toHaveLength(2);
  });
});
