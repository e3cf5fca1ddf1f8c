/** How many problems of each kind a draft has, in the words the tab, toolbar and export use. */
import type { DraftProblem } from '../../core/editor/check-draft.ts';

export interface ProblemCounts {
  errors: number;
  todo: number;
  warnings: number;
}

export function countProblems(problems: readonly DraftProblem[]): ProblemCounts {
  const counts = { errors: 0, todo: 0, warnings: 0 };
  for (const problem of problems) {
    switch (problem.severity) {
      case 'error':
        counts.errors++;
        break;
      case 'todo':
        counts.todo++;
        break;
      case 'warning':
        counts.warnings++;
        break;
      default: {
        const unknown: never = problem.severity;
        return unknown;
      }
    }
  }
  return counts;
}

/** "1 fout, 3 nog invullen, 2 waarschuwingen"; kinds with none are left out. */
export function countsText(counts: ProblemCounts, withWarnings = true): string {
  const parts = [
    counts.errors ? `${counts.errors} ${counts.errors === 1 ? 'fout' : 'fouten'}` : '',
    counts.todo ? `${counts.todo} nog invullen` : '',
    withWarnings && counts.warnings
      ? `${counts.warnings} ${counts.warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}`
      : '',
  ];
  return parts.filter(Boolean).join(', ');
}
