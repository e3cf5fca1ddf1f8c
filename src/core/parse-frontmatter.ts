/**
 * Splits an MDX file into its YAML frontmatter and body, with located errors:
 * authors edit these by hand, so a YAML mistake names the line in their editor.
 */
import { parseDocument } from 'yaml';
import { lineAndColumn } from './parse-json.ts';
import type { Problem } from './problem.ts';

export type FrontmatterResult =
  { ok: true; data: unknown; body: string; bodyLine: number } | { ok: false; problem: Problem };

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function parseFrontmatter(text: string): FrontmatterResult {
  const match = FRONTMATTER.exec(text.replace(/^\uFEFF/, ''));
  if (!match)
    return {
      ok: false,
      problem: {
        path: '',
        line: 1,
        column: 1,
        severity: 'error',
        message: 'het bestand moet beginnen met YAML-frontmatter tussen twee regels "---"',
      },
    };
  const yamlText = match[1] ?? '';
  // YAML 1.2 core schema: dates such as 2026-11-20 stay strings, as the schema expects.
  const document = parseDocument(yamlText, { uniqueKeys: true });
  const failure = document.errors[0];
  if (failure) {
    const { line, column } = lineAndColumn(yamlText, failure.pos[0]);
    return {
      ok: false,
      problem: {
        path: '',
        line: line + 1, // the opening "---" is line 1
        column,
        severity: 'error',
        message: `ongeldige YAML: ${failure.message.split('\n')[0] ?? failure.code}`,
      },
    };
  }
  const body = text.slice(match[0].length);
  return { ok: true, data: document.toJS(), body, bodyLine: match[0].split('\n').length };
}
