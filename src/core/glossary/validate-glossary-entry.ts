/**
 * Validates one glossary file on its own: frontmatter shape (schema) and a
 * body that MDX can compile as plain text. Rules across files: glossary-rules.ts.
 */
import {
  type GlossaryEntry,
  GLOSSARY_FIELD_NAMES,
  glossaryEntrySchema,
} from './glossary-schema.ts';
import { parseFrontmatter } from '../parse-frontmatter.ts';
import type { Problem } from '../problem.ts';
import { ALLOWED_LINKS_TEXT, safeHref } from '../safe-href.ts';
import { issuesToProblems } from '../schema-issues.ts';

export interface GlossaryEntryValidation {
  entry: GlossaryEntry | null;
  problems: Problem[];
}

export function validateGlossaryEntryText(text: string): GlossaryEntryValidation {
  const parsed = parseFrontmatter(text);
  if (!parsed.ok) return { entry: null, problems: [parsed.problem] };
  const bodyProblems = [
    ...checkPlainBody(parsed.body, parsed.bodyLine),
    ...checkBodyLinks(parsed.body, parsed.bodyLine),
  ];
  const result = glossaryEntrySchema.safeParse(parsed.data);
  if (!result.success)
    return {
      entry: null,
      problems: [
        ...issuesToProblems(result.error.issues, parsed.data, GLOSSARY_FIELD_NAMES),
        ...bodyProblems,
      ],
    };
  return { entry: bodyProblems.length > 0 ? null : result.data, problems: bodyProblems };
}

/**
 * The body is plain Markdown (docs/glossary-format.md). MDX reads "<" and "{"
 * as JSX and fails with a cryptic compiler error, so we name the line instead.
 */
function checkPlainBody(body: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  body.split('\n').forEach((line, index) => {
    const column = line.search(/[<{}]|^(import|export)\s/);
    if (column === -1) return;
    problems.push({
      path: '',
      line: firstLine + index,
      column: column + 1,
      severity: 'error',
      message:
        'de uitleg onder de frontmatter is gewone tekst: geen <, {, } of import/export (MDX leest die als code)',
    });
  });
  return problems;
}

/** Inline links `[text](url)` and link definitions `[name]: url`, with where the URL starts. */
const LINK_DESTINATIONS = [
  /\]\(\s*<?((?:[^\s()<>]|\([^\s()]*\))+)/g,
  /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)/g,
];

/** Links in the body lead only where content links may (safe-href.ts): no javascript: or data:. */
function checkBodyLinks(body: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  body.split('\n').forEach((line, index) => {
    for (const pattern of LINK_DESTINATIONS) {
      for (const match of line.matchAll(pattern)) {
        const url = match[1] ?? '';
        if (safeHref(url.trim()) !== undefined) continue;
        problems.push({
          path: '',
          line: firstLine + index,
          column: match.index + match[0].lastIndexOf(url) + 1,
          severity: 'error',
          message: `link naar "${url}" is niet toegestaan: ${ALLOWED_LINKS_TEXT}`,
        });
      }
    }
  });
  return problems;
}
