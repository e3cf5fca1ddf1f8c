/** Contexts, readers and the choice of meaning: shared by the glossary pages and route pages. */
import { CONTEXTS, type GlossaryContext } from '../contexts.ts';

/** Who is reading: a professional in one context, or a parent (who gets the plain uitleg). */
export const READER_CONTEXTS = [...CONTEXTS, 'ouder'] as const;
export type ReaderContext = (typeof READER_CONTEXTS)[number];

export const CONTEXT_LABELS: Record<GlossaryContext, string> = {
  onderwijs: 'onderwijs',
  ggz: 'GGZ',
  jeugdhulp: 'jeugdhulp',
  huisartsenzorg: 'huisartsenzorg',
  gemeente: 'gemeente',
};

/** "MDO in het onderwijs", "MDO in de GGZ". */
export const CONTEXT_PHRASES: Record<GlossaryContext, string> = {
  onderwijs: 'in het onderwijs',
  ggz: 'in de GGZ',
  jeugdhulp: 'in de jeugdhulp',
  huisartsenzorg: 'in de huisartsenzorg',
  gemeente: 'bij de gemeente',
};

export const READER_LABELS: Record<ReaderContext, string> = {
  ...CONTEXT_LABELS,
  ouder: 'ik ben ouder',
};

export function isReaderContext(value: unknown): value is ReaderContext {
  return typeof value === 'string' && (READER_CONTEXTS as readonly string[]).includes(value);
}

// Re-exported so the glossary pages keep one place to import from.
export { byContextPreference, pickForContext } from './context-preference.ts';

/**
 * The first sentence, for a one-line preview of a meaning. A sentence ends
 * before a capital, so abbreviations such as "bijv. een" do not cut it short.
 */
export function firstSentence(text: string): string {
  const end = /[.!?](?=\s+\p{Lu}|\s*$)/u.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}

/**
 * Related ids per entry, both ways: skos:related is symmetric, so an entry is
 * related to those it names and to those that name it (authors list one side).
 */
export function symmetricRelated(
  glossary: readonly { id: string; related?: readonly string[] | undefined }[],
): Map<string, string[]> {
  const related = new Map(glossary.map((entry) => [entry.id, [...(entry.related ?? [])]]));
  for (const entry of glossary)
    for (const id of entry.related ?? []) {
      const back = related.get(id);
      if (back && !back.includes(entry.id)) back.push(entry.id);
    }
  return related;
}
