/** A problem found in a content file, located by a JSON Pointer (RFC 6901). */
export const SEVERITIES = ['error', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Problem {
  /** JSON Pointer to the field, e.g. "/nodes/3/id"; "" means the whole file. */
  path: string;
  message: string;
  severity: Severity;
  /** Set for malformed JSON, where no pointer exists yet. */
  line?: number;
  column?: number;
}

export function toPointer(path: ReadonlyArray<PropertyKey>): string {
  return path.map((part) => '/' + String(part).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function error(path: string, message: string): Problem {
  return { path, message, severity: 'error' };
}

export function warning(path: string, message: string): Problem {
  return { path, message, severity: 'warning' };
}

/** `content/routes/x.json: /nodes/3/id: dubbele id "mentor"` — one line per problem. */
export function formatProblem(file: string, problem: Problem): string {
  const where =
    problem.line !== undefined
      ? `${file}:${problem.line}:${problem.column ?? 1}`
      : `${file}: ${problem.path || '/'}`;
  const prefix = problem.severity === 'warning' ? 'waarschuwing: ' : '';
  return `${where}: ${prefix}${problem.message}`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
