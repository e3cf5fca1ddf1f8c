/**
 * Glossary search per keystroke. Passes from strong to weak (exact label,
 * label prefix, word prefix, fuzzy label via fuse.js, definition words) each
 * offer a score; an entry keeps its best. Meanings of one word are kept
 * together, so "MDO" lists every MDO first and "GGZ" ranks GGZ above JGGZ.
 */
import { CONTEXTS } from '../contexts.ts';
import type { ReaderContext } from './glossary-model.ts';
import { fuzzyMatches } from './glossary-search-fuzzy.ts';
import {
  type GlossarySearchIndex,
  type LabelField,
  type SearchableEntry,
  lowerBound,
} from './glossary-search-index.ts';
import { searchKey, searchWords } from '../search-text.ts';

export interface SearchHit<T extends SearchableEntry = SearchableEntry> {
  entry: T;
  score: number;
}

export interface SearchOptions {
  /** The reader's context ranks its meaning first among equal matches. */
  context?: ReaderContext | null;
  limit?: number;
}

const FIELD_WEIGHTS: Record<LabelField, number> = {
  abbr: 1,
  prefLabel: 1,
  expansion: 0.92,
  altLabel: 0.92,
  hiddenLabel: 0.85,
};

export function searchGlossary<T extends SearchableEntry>(
  index: GlossarySearchIndex<T>,
  query: string,
  { context = null, limit = 50 }: SearchOptions = {},
): SearchHit<T>[] {
  const key = searchKey(query);
  if (!key) return [];
  const best = new Map<number, number>();
  const offer = (entry: number, score: number) => {
    if (score > (best.get(entry) ?? 0)) best.set(entry, score);
  };
  for (const label of index.exact.get(key) ?? [])
    offer(index.labels[label]!.entry, 100 * FIELD_WEIGHTS[index.labels[label]!.field]);
  offerPrefixes(index, key, offer);
  if (key.length >= 3) {
    for (const [entry, score] of fuzzyMatches(index, query, key))
      offer(entry, 20 + 20 * (1 - score));
    offerDefinitions(index, query, offer);
  }
  return rank(index, best, context).slice(0, limit);
}

type Offer = (entry: number, score: number) => void;

function offerPrefixes(index: GlossarySearchIndex, key: string, offer: Offer): void {
  const { labels, byKey, words } = index;
  for (let at = lowerBound(byKey, key, (i) => labels[i]!.key); at < byKey.length; at++) {
    const label = labels[byKey[at]!]!;
    if (!label.key.startsWith(key)) break;
    offer(label.entry, FIELD_WEIGHTS[label.field] * (60 + (20 * key.length) / label.key.length));
  }
  for (let at = lowerBound(words, key, (w) => w.word); at < words.length; at++) {
    const { word, label } = words[at]!;
    if (!word.startsWith(key)) break;
    const { entry, field } = labels[label]!;
    offer(entry, FIELD_WEIGHTS[field] * (40 + (15 * key.length) / word.length));
  }
}

/** Every word of 3+ letters starts a word of the definition: a plain substring scan. */
function offerDefinitions(index: GlossarySearchIndex, query: string, offer: Offer): void {
  const words = searchWords(query).filter((word) => word.length >= 3);
  if (words.length === 0) return;
  const needles = words.map((word) => ` ${word}`);
  const phrase = ` ${words.join(' ')}`;
  index.definitions.forEach((definition, entry) => {
    if (needles.every((needle) => definition.includes(needle)))
      offer(entry, definition.includes(phrase) ? 15 : 10);
  });
}

function rank<T extends SearchableEntry>(
  index: GlossarySearchIndex<T>,
  best: ReadonlyMap<number, number>,
  context: ReaderContext | null,
): SearchHit<T>[] {
  const hits = [...best].map(([entry, score]) => ({ entry: index.entries[entry]!, score }));
  const termScore = new Map<string, number>();
  for (const { entry, score } of hits)
    termScore.set(entry.term, Math.max(score, termScore.get(entry.term) ?? 0));
  const contextRank = (hit: SearchHit<T>) =>
    hit.entry.context === context ? -1 : CONTEXTS.indexOf(hit.entry.context);
  return hits.sort(
    (a, b) =>
      termScore.get(b.entry.term)! - termScore.get(a.entry.term)! ||
      (a.entry.term < b.entry.term ? -1 : a.entry.term > b.entry.term ? 1 : 0) ||
      b.score - a.score ||
      contextRank(a) - contextRank(b),
  );
}
