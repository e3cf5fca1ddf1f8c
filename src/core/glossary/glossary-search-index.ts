/**
 * The glossary search index, built once per glossary. Searching every field
 * with fuse.js costs 15–25 ms per keystroke at 1,000 entries, so labels get
 * cheap structures instead: an exact map, a sorted list for prefixes, and
 * bigram postings that pick the few candidates fuse.js then scores for typos.
 */
import type { GlossaryEntry } from './glossary-schema.ts';
import { bigrams, searchHaystack, searchKey, searchWords } from '../search-text.ts';

/** What search needs of an entry; the /begrippen page sends no more than this. */
export type SearchableEntry = Pick<
  GlossaryEntry,
  | 'id'
  | 'term'
  | 'context'
  | 'prefLabel'
  | 'abbreviations'
  | 'altLabels'
  | 'hiddenLabels'
  | 'definition'
>;

export const LABEL_FIELDS = ['abbr', 'prefLabel', 'expansion', 'altLabel', 'hiddenLabel'] as const;
export type LabelField = (typeof LABEL_FIELDS)[number];

export interface IndexedLabel {
  key: string;
  entry: number;
  field: LabelField;
}

export interface GlossarySearchIndex<T extends SearchableEntry = SearchableEntry> {
  entries: readonly T[];
  labels: readonly IndexedLabel[];
  exact: ReadonlyMap<string, readonly number[]>;
  /** Label indices sorted by key, for binary-searched prefix ranges. */
  byKey: readonly number[];
  /** Words of multi-word labels ("begeleider" in "intern begeleider"), sorted. */
  words: readonly { word: string; label: number }[];
  postings: ReadonlyMap<string, readonly number[]>;
  bigramCounts: Uint16Array;
  definitions: readonly string[];
}

export function labelsOf(entry: SearchableEntry): { text: string; field: LabelField }[] {
  return [
    ...(entry.abbreviations ?? []).map((a) => ({ text: a.abbr, field: 'abbr' as const })),
    { text: entry.prefLabel, field: 'prefLabel' as const },
    ...(entry.abbreviations ?? []).map((a) => ({ text: a.expansion, field: 'expansion' as const })),
    ...(entry.altLabels ?? []).map((text) => ({ text, field: 'altLabel' as const })),
    ...(entry.hiddenLabels ?? []).map((text) => ({ text, field: 'hiddenLabel' as const })),
  ];
}

export function buildSearchIndex<T extends SearchableEntry>(
  entries: readonly T[],
): GlossarySearchIndex<T> {
  const labels: IndexedLabel[] = [];
  const exact = new Map<string, number[]>();
  const words: { word: string; label: number }[] = [];
  entries.forEach((entry, index) => {
    const seen = new Set<string>();
    for (const { text, field } of labelsOf(entry)) {
      const key = searchKey(text);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const label = labels.push({ key, entry: index, field }) - 1;
      exact.set(key, [...(exact.get(key) ?? []), label]);
      const parts = searchWords(text);
      if (parts.length > 1) for (const word of parts.slice(1)) words.push({ word, label });
    }
  });
  const byKey = labels
    .map((_, index) => index)
    .sort((a, b) => compare(labels[a]!.key, labels[b]!.key));
  words.sort((a, b) => compare(a.word, b.word));
  const postings = new Map<string, number[]>();
  const bigramCounts = new Uint16Array(labels.length);
  labels.forEach(({ key }, index) => {
    const pairs = bigrams(key);
    bigramCounts[index] = pairs.length;
    for (const pair of pairs) {
      const list = postings.get(pair);
      if (list) list.push(index);
      else postings.set(pair, [index]);
    }
  });
  const definitions = entries.map((entry) => searchHaystack(entry.definition));
  return { entries, labels, exact, byKey, words, postings, bigramCounts, definitions };
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** First position in a sorted list whose value is ≥ `prefix`. */
export function lowerBound<T>(
  sorted: readonly T[],
  prefix: string,
  valueOf: (item: T) => string,
): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (valueOf(sorted[middle]!) < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}
