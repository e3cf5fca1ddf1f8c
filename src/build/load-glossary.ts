/**
 * Reads and validates every glossary file. All files are checked and every
 * problem kept, like the routes, so an author sees all that is wrong at once.
 */
import { basename, join } from 'node:path';
import { type GlossaryFile, checkGlossaryRules } from '../core/glossary/glossary-rules.ts';
import type { GlossaryEntry } from '../core/glossary/glossary-schema.ts';
import { error, hasErrors } from '../core/problem.ts';
import { validateGlossaryEntryText } from '../core/glossary/validate-glossary-entry.ts';
import { GLOSSARY_DIR, listFiles } from './content-files.ts';
import { readContentFile } from './read-content-file.ts';
import type { FileProblems } from './load-routes.ts';

export interface LoadedGlossary {
  /** Valid entries, sorted by id. */
  entries: GlossaryEntry[];
  reports: FileProblems[];
}

export function listGlossaryFiles(root: string): string[] {
  return listFiles(join(root, GLOSSARY_DIR), '.mdx').map((file) => file.slice(root.length + 1));
}

export function glossaryNameOf(file: string): string {
  return basename(file).replace(/\.mdx$/, '');
}

/** Loads the whole glossary (cross-file rules need it) and reports on `only`, if given. */
export function loadGlossary(root: string, today: string, only?: readonly string[]): LoadedGlossary {
  const problemsByFile = new Map<string, FileProblems['problems']>();
  const valid: (GlossaryFile & { file: string })[] = [];
  const files = listGlossaryFiles(root);
  for (const missing of (only ?? []).filter((file) => !files.includes(file)))
    problemsByFile.set(missing, [error('', `niet gevonden in ${GLOSSARY_DIR}`)]);
  for (const file of files) {
    const read = readContentFile(join(root, file));
    if (!read.ok) {
      problemsByFile.set(file, [read.problem]);
      continue;
    }
    const { entry, problems } = validateGlossaryEntryText(read.text);
    if (problems.length > 0) problemsByFile.set(file, problems);
    if (entry) valid.push({ file, name: glossaryNameOf(file), entry });
  }
  const ruleProblems = checkGlossaryRules(valid, today);
  for (const { file, name } of valid) {
    const extra = ruleProblems.get(name);
    if (extra) problemsByFile.set(file, [...(problemsByFile.get(file) ?? []), ...extra]);
  }
  const failed = new Set(
    [...problemsByFile].filter(([, problems]) => hasErrors(problems)).map(([file]) => file),
  );
  const wanted = only ? new Set(only) : null;
  return {
    entries: valid.filter(({ file }) => !failed.has(file)).map(({ entry }) => entry),
    reports: [...problemsByFile]
      .filter(([file]) => !wanted || wanted.has(file))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([file, problems]) => ({ file, problems })),
  };
}
