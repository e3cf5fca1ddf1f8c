/**
 * Rules that need the whole glossary: the id is the file name, related ids
 * exist, one entry per term and context, and a scope note wherever a word has
 * more than one meaning (a reader must see how the meanings differ).
 */
import { closestWord } from '../closest-word.ts';
import { isOlderThanMonths } from '../dates.ts';
import type { GlossaryEntry } from './glossary-schema.ts';
import { type Problem, error, warning } from '../problem.ts';

export interface GlossaryFile {
  /** The file name without `.mdx`. */
  name: string;
  entry: GlossaryEntry;
}

/** Problems per file name; files without problems are left out. */
export function checkGlossaryRules(
  files: readonly GlossaryFile[],
  today: string,
): Map<string, Problem[]> {
  const ids = files.map((file) => file.entry.id);
  const known = new Set(ids);
  const byTerm = new Map<string, GlossaryFile[]>();
  for (const file of files)
    byTerm.set(file.entry.term, [...(byTerm.get(file.entry.term) ?? []), file]);
  const result = new Map<string, Problem[]>();
  for (const file of files) {
    const problems = [
      ...checkId(file),
      ...checkRelated(file.entry, known, ids),
      ...checkSiblings(file, byTerm.get(file.entry.term) ?? []),
      ...checkFreshness(file.entry, today),
    ];
    if (problems.length > 0) result.set(file.name, problems);
  }
  return result;
}

function checkId({ name, entry }: GlossaryFile): Problem[] {
  return entry.id === name
    ? []
    : [error('/id', `id "${entry.id}" moet gelijk zijn aan de bestandsnaam "${name}"`)];
}

function checkRelated(entry: GlossaryEntry, known: ReadonlySet<string>, ids: string[]): Problem[] {
  const problems: Problem[] = [];
  entry.related?.forEach((id, index) => {
    if (id === entry.id)
      problems.push(error(`/related/${index}`, 'een begrip kan niet naar zichzelf verwijzen'));
    else if (!known.has(id)) {
      const suggestion = closestWord(id, ids);
      problems.push(
        error(
          `/related/${index}`,
          `onbekend begrip "${id}"` + (suggestion ? ` (bedoel je "${suggestion}"?)` : ''),
        ),
      );
    }
  });
  return problems;
}

function checkSiblings(file: GlossaryFile, siblings: readonly GlossaryFile[]): Problem[] {
  const { entry } = file;
  const others = siblings.filter((sibling) => sibling !== file);
  const problems: Problem[] = [];
  const sameContext = others.find((other) => other.entry.context === entry.context);
  if (sameContext)
    problems.push(
      error(
        '/context',
        `"${entry.term}" heeft al een betekenis in de context ${entry.context} (${sameContext.name}.mdx)`,
      ),
    );
  if (others.length > 0 && !entry.scopeNote)
    problems.push(
      error(
        '/scopeNote',
        `verplicht: "${entry.term}" heeft meer betekenissen (${others.map((other) => other.name).join(', ')}); leg het verschil uit`,
      ),
    );
  return problems;
}

function checkFreshness(entry: GlossaryEntry, today: string): Problem[] {
  return isOlderThanMonths(entry.lastReviewed, today, 24)
    ? [
        warning(
          '/lastReviewed',
          `laatst nagekeken op ${entry.lastReviewed}: langer dan 24 maanden geleden`,
        ),
      ]
    : [];
}
