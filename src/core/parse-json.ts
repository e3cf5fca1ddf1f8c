import { findJsonSyntaxError } from './json-syntax.ts';
import { type Problem } from './problem.ts';

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

/**
 * JSON.parse with a located, Dutch error. Schools edit these files by hand, so the
 * problem carries the line and column their editor shows, and a reason in their language
 * rather than the JavaScript engine's English message.
 */
export function parseJson(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    // Our scanner and JSON.parse agree on what is JSON; the fallback is for safety only.
    const found = findJsonSyntaxError(text) ?? {
      offset: text.length,
      message: 'geen geldige JSON',
    };
    const { line, column } = lineAndColumn(text, found.offset);
    return {
      ok: false,
      problem: {
        path: '',
        line,
        column,
        severity: 'error',
        message: `ongeldige JSON: ${found.message}`,
      },
    };
  }
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}
