/**
 * The typo-tolerant pass of glossary search. fuse.js over every entry costs
 * too much per keystroke at 1,000+ entries, so bigram postings first pick the
 * few labels that share enough character pairs with the query (Dice
 * similarity), and fuse.js scores only those entries' labels.
 */
import Fuse from 'fuse.js';
import {
  type GlossarySearchIndex,
  type LabelField,
  type SearchableEntry,
  labelsOf,
} from './glossary-search-index.ts';
import { bigrams } from '../search-text.ts';

const MIN_BIGRAM_SIMILARITY = 0.34;
const MAX_FUZZY_CANDIDATES = 40;

/** Entries whose labels resemble the query, with fuse.js's score (0 is a perfect match). */
export function fuzzyMatches(
  index: GlossarySearchIndex,
  query: string,
  key: string,
): [entry: number, score: number][] {
  const pairs = bigrams(key);
  const shared = new Uint16Array(index.labels.length);
  const touched: number[] = [];
  for (const pair of pairs)
    for (const label of index.postings.get(pair) ?? []) {
      const count = shared[label] ?? 0;
      if (count === 0) touched.push(label);
      shared[label] = count + 1;
    }
  const similarity = (label: number) =>
    (2 * shared[label]!) / (pairs.length + index.bigramCounts[label]!);
  const candidates = touched
    .filter((label) => similarity(label) >= MIN_BIGRAM_SIMILARITY)
    .sort((a, b) => similarity(b) - similarity(a))
    .slice(0, MAX_FUZZY_CANDIDATES);
  const entries = [...new Set(candidates.map((label) => index.labels[label]!.entry))];
  if (entries.length === 0) return [];
  const fuse = new Fuse(
    entries.map((entry) => fuzzyDocument(index.entries[entry]!, entry)),
    {
      keys: [
        { name: 'abbr', weight: 3 },
        { name: 'prefLabel', weight: 3 },
        { name: 'alt', weight: 2 },
        { name: 'hidden', weight: 1.5 },
      ],
      ignoreDiacritics: true,
      ignoreLocation: true,
      includeScore: true,
      threshold: 0.4,
    },
  );
  return fuse.search(query).map(({ item, score = 1 }) => [item.entry, score]);
}

function fuzzyDocument(entry: SearchableEntry, index: number) {
  const labels = labelsOf(entry);
  const texts = (...fields: LabelField[]) =>
    labels.filter((label) => fields.includes(label.field)).map((label) => label.text);
  return {
    entry: index,
    abbr: texts('abbr'),
    prefLabel: entry.prefLabel,
    alt: texts('expansion', 'altLabel'),
    hidden: texts('hiddenLabel'),
  };
}
