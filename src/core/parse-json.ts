import { MAX_CONTENT_CHARS, MAX_NESTING, excessiveNesting, megabytes } from './input-limits.ts';
import { findJsonSyntaxError } from './json-syntax.ts';
import { type Problem } from './problem.ts';

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

/**
 * JSON.parse with a located, Dutch error. Schools edit these files by hand, so the
 * problem carries the line and column their editor shows, and a reason in their language
 * rather than the JavaScript engine's English message.
 */
export function parseJson(text: string): JsonParseResult {
  // Bounds first: the syntax scanner and every later check recurse into nested values.
  if (text.length > MAX_CONTENT_CHARS)
    return {
      ok: false,
      problem: {
        path: '',
        severity: 'error',
        message: `het bestand is te groot (${megabytes(text.length)}): een inhoudsbestand is hoogstens ${megabytes(MAX_CONTENT_CHARS)}`,
      },
    };
  const tooDeep = excessiveNesting(text);
  if (tooDeep !== null)
    return {
      ok: false,
      problem: {
        path: '',
        ...lineAndColumn(text, tooDeep),
        severity: 'error',
        message: `te diep genest: meer dan ${MAX_NESTING} lagen [ of { in elkaar (een route heeft er hoogstens 5)`,
      },
    };
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
