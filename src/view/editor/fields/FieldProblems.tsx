/** The problems of one field, right under it; the control points here with aria-describedby. */
import type { DraftProblem } from '../../../core/editor/check-draft.ts';

export function FieldProblems({ id, problems }: { id: string; problems: readonly DraftProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="field-problems">
      {problems.map((problem, index) => (
        <li key={index} className={`field-problem field-problem--${problem.severity}`}>
          {fieldProblemText(problem)}
        </li>
      ))}
    </ul>
  );
}

function fieldProblemText(problem: DraftProblem): string {
  switch (problem.severity) {
    case 'error':
      return `Fout: ${problem.message}`;
    case 'warning':
      return `Let op: ${problem.message}`;
    case 'todo':
      return 'Nog invullen';
    default: {
      const unknown: never = problem.severity;
      return unknown;
    }
  }
}
