/** The A–Z glossary list: what the /begrippen page receives, sorted and grouped by letter. */
import { byContextPreference, type ReaderContext } from './glossary-model.ts';
import type { GlossaryEntry } from './glossary-schema.ts';
import type { SearchableEntry } from './glossary-search-index.ts';
import { normalize } from '../match-query.ts';

/** Enough to search and list an entry; sources, notes and bodies stay on the term page. */
export type GlossaryListEntry = SearchableEntry & Pick<GlossaryEntry, 'uitleg'>;

export function toListEntry(entry: GlossaryEntry): GlossaryListEntry {
  const {
    id,
    term,
    context,
    prefLabel,
    abbreviations,
    altLabels,
    hiddenLabels,
    definition,
    uitleg,
  } = entry;
  return {
    id,
    term,
    context,
    prefLabel,
    ...(abbreviations ? { abbreviations } : {}),
    ...(altLabels ? { altLabels } : {}),
    ...(hiddenLabels ? { hiddenLabels } : {}),
    definition,
    uitleg,
  };
}

/** Sorted by label as a reader sees it ("Zorgcoördinator" among the z's), then by context. */
export function sortAlphabetically<T extends GlossaryListEntry>(entries: readonly T[]): T[] {
  const key = (entry: T) => normalize(entry.prefLabel);
  return [...entries].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

export const ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'] as const;

export function initialOf(label: string): string {
  const letter = normalize(label)
    .replace(/[^a-z0-9]/g, '')
    .charAt(0)
    .toUpperCase();
  return /[A-Z]/.test(letter) ? letter : '#';
}

export interface LetterGroup<T> {
  letter: string;
  entries: T[];
}

/** Letter groups in alphabetical order; meanings of one word stay together, reader's first. */
export function groupByInitial<T extends GlossaryListEntry>(
  sorted: readonly T[],
  reader: ReaderContext | null,
): LetterGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const entry of sorted) {
    const letter = initialOf(entry.prefLabel);
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups].map(([letter, entries]) => ({
    letter,
    entries: keepTermsTogether(entries, reader),
  }));
}

function keepTermsTogether<T extends GlossaryListEntry>(
  entries: T[],
  reader: ReaderContext | null,
): T[] {
  const byTerm = new Map<string, T[]>();
  for (const entry of entries) byTerm.set(entry.term, [...(byTerm.get(entry.term) ?? []), entry]);
  return [...byTerm.values()].flatMap((meanings) => byContextPreference(meanings, reader));
}
