/**
 * Text folding for glossary search: case, diacritics, punctuation and spaces
 * do not matter, so "poh ggz" = "POH-GGZ", "ib'er" = "IB'er" and
 * "zorgcoordinator" = "zorgcoördinator".
 */
import { normalize } from './match-query.ts';

const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu;

/** The comparison key of a label or query: folded, without spaces and punctuation. */
export function searchKey(text: string): string {
  return normalize(text).replace(NOT_ALPHANUMERIC, '');
}

/** Folded words, for word-prefix matching and scanning definitions. */
export function searchWords(text: string): string[] {
  return normalize(text).split(NOT_ALPHANUMERIC).filter(Boolean);
}

/** Folded text with single spaces between words: a cheap haystack for substring scans. */
export function searchHaystack(text: string): string {
  return ` ${searchWords(text).join(' ')} `;
}

/** Distinct character pairs of a key: the fuzzy pass's candidate filter. */
export function bigrams(key: string): string[] {
  const pairs = new Set<string>();
  for (let index = 0; index < key.length - 1; index++) pairs.add(key.slice(index, index + 2));
  return [...pairs];
}

export type TextRange = readonly [start: number, end: number];

/**
 * Where a query occurs in a displayed text, as ranges of the original string.
 * Both sides are folded with punctuation as a single space, so "poh ggz" marks
 * "POH-GGZ" and "ib'er" marks "IB'er"; if the whole query is not there, each
 * word of 3+ letters is marked on its own.
 */
export function highlightRanges(text: string, query: string): TextRange[] {
  const words = searchWords(query);
  if (words.length === 0) return [];
  const { folded, origin } = foldWithOrigin(text);
  const whole = findAll(folded, words.join(' '));
  const found =
    whole.length > 0
      ? whole
      : words.filter((word) => word.length >= 3).flatMap((word) => findAll(folded, word));
  return mergeRanges(
    found.map(([start, end]) => [origin[start] ?? 0, (origin[end - 1] ?? 0) + 1] as const),
  );
}

/** Folds character by character, remembering where each folded character came from. */
function foldWithOrigin(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const part = normalize(text[index] ?? '');
    const kept = part.replace(NOT_ALPHANUMERIC, '');
    // Punctuation and spaces become one space, so words never run into each other.
    const add = kept || (part && !folded.endsWith(' ') ? ' ' : '');
    folded += add;
    for (let i = 0; i < add.length; i++) origin.push(index);
  }
  return { folded, origin };
}

function findAll(haystack: string, needle: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (
    let at = haystack.indexOf(needle);
    at !== -1;
    at = haystack.indexOf(needle, at + needle.length)
  )
    ranges.push([at, at + needle.length]);
  return ranges;
}

function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
