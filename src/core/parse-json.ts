import { type Problem } from './problem.ts';

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

/**
 * JSON.parse with a located error. V8 reports a character offset; schools edit
 * these files by hand, so we turn it into the line and column their editor shows.
 */
export function parseJson(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const offset = findOffset(message, text);
    const { line, column } = lineAndColumn(text, offset);
    return {
      ok: false,
      problem: {
        path: '',
        line,
        column,
        severity: 'error',
        message: `ongeldige JSON: ${stripPosition(message)}`,
      },
    };
  }
}

function findOffset(message: string, text: string): number {
  const position = /position (\d+)/.exec(message);
  if (position?.[1]) return Number(position[1]);
  // "Unexpected end of JSON input" carries no position: the problem is at the end.
  return text.length;
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

function stripPosition(message: string): string {
  return message.replace(/\s*(in JSON )?at position \d+( \(line \d+ column \d+\))?/, '').trim();
}
