/** Glossary entries read straight from the content files, so tests follow the texts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GlossaryEntry } from '../../src/core/glossary/glossary-schema.ts';
import { parseFrontmatter } from '../../src/core/parse-frontmatter.ts';

export function glossaryEntry(id: string): GlossaryEntry {
  const parsed = parseFrontmatter(
    readFileSync(join(process.cwd(), 'content', 'glossary', `${id}.mdx`), 'utf8'),
  );
  if (!parsed.ok) throw new Error(`content/glossary/${id}.mdx: ${parsed.problem.message}`);
  return parsed.data as GlossaryEntry;
}
