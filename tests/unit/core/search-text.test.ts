import { describe, expect, it } from 'vitest';
import { highlightRanges, searchKey } from '../../../src/core/search-text.ts';

const marked = (text: string, query: string) =>
  highlightRanges(text, query).map(([start, end]) => text.slice(start, end));

describe('search text folding', () => {
  it('makes case, diacritics, spaces and punctuation irrelevant', () => {
    expect(searchKey('POH-GGZ')).toBe(searchKey('poh ggz'));
    expect(searchKey("IB'er")).toBe(searchKey('ib er'));
    expect(searchKey('Zorgcoördinator')).toBe('zorgcoordinator');
  });

  it('marks the match in the original text, diacritics and punctuation included', () => {
    expect(marked('De zorgcoördinator belt.', 'zorgcoordinator')).toEqual(['zorgcoördinator']);
    expect(marked('Vraag de POH-GGZ.', 'poh ggz')).toEqual(['POH-GGZ']);
    expect(marked("De IB'er plant", "ib'er")).toEqual(["IB'er"]);
  });

  it('marks each longer word when the whole query does not occur', () => {
    expect(marked('Overleg met ouders en school', 'school overleg')).toEqual(['Overleg', 'school']);
    expect(marked('Overleg', 'xyz')).toEqual([]);
  });
});
