import { formatProblem } from '../core/problem.ts';
import type { FileProblems } from './load-routes.ts';

/** One line per problem, errors before warnings, then a count. */
export function formatReports(reports: readonly FileProblems[]): string {
  const lines = reports.flatMap(({ file, problems }) =>
    [...problems]
      .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
      .map((problem) => formatProblem(file, problem)),
  );
  if (lines.length === 0) return '';
  const errors = reports.flatMap((r) => r.problems).filter((p) => p.severity === 'error').length;
  const warnings = reports.flatMap((r) => r.problems).length - errors;
  return `${lines.join('\n')}\n${errors} fout(en), ${warnings} waarschuwing(en)`;
}
