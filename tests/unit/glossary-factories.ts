/** Small builders for glossary entries and files: each test states only what matters to it. */
import { stringify } from 'yaml';
import type { GlossaryEntry } from '../../src/core/glossary/glossary-schema.ts';
import type { GlossaryContext } from '../../src/core/route/route-schema.ts';

/** A valid entry; the id is `<term>-<context>` as in the content. */
export function makeEntry(
  term: string,
  context: GlossaryContext = 'onderwijs',
  overrides: Partial<GlossaryEntry> = {},
): GlossaryEntry {
  return {
    id: `${term}-${context}`,
    term,
    prefLabel: term.replace(/-/g, ' '),
    context,
    definition: `Betekenis van ${term} in de context ${context}.`,
    uitleg: `Uitleg van ${term} voor ouders.`,
    sources: [{ title: 'Bron', url: 'https://www.example.org/bron' }],
    lastReviewed: '2026-11-01',
    ...overrides,
  };
}

/** An abbreviation entry such as MDO: prefLabel and abbreviation are the same. */
export function makeAbbreviation(
  abbr: string,
  expansion: string,
  context: GlossaryContext = 'onderwijs',
  overrides: Partial<GlossaryEntry> = {},
): GlossaryEntry {
  return makeEntry(abbr.toLowerCase().replace(/[^a-z0-9]+/g, '-'), context, {
    prefLabel: abbr,
    abbreviations: [{ abbr, expansion }],
    ...overrides,
  });
}

/** The `.mdx` text of an entry (or of any frontmatter object, valid or not). */
export function entryFile(frontmatter: unknown, body = 'Langere uitleg.\n'): string {
  return `---\n${stringify(frontmatter)}---\n\n${body}`;
}

/** A copy without some fields, to build entries that miss something. */
export function without<T extends object>(value: T, ...keys: (keyof T)[]): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([key]) => !keys.includes(key as keyof T)),
  ) as Partial<T>;
}
