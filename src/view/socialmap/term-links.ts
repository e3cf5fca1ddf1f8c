/** Glossary ids → links to their term pages, resolved in the loaders from the build's glossary. */
import type { GlossaryEntry } from '../../core/glossary/glossary-schema.ts';

export interface TermLink {
  id: string;
  href: string;
  label: string;
}

export type TermLinks = Readonly<Record<string, TermLink>>;

export function termLinks(
  glossary: readonly Pick<GlossaryEntry, 'id' | 'term' | 'prefLabel'>[],
  ids: Iterable<string>,
): TermLinks {
  const wanted = new Set(ids);
  return Object.fromEntries(
    glossary
      .filter((entry) => wanted.has(entry.id))
      .map((entry) => [
        entry.id,
        { id: entry.id, href: `/begrippen/${entry.term}`, label: entry.prefLabel },
      ]),
  );
}
