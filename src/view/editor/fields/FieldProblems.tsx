/** The problems of one field, right under it; the control points here with aria-describedby. */
import type { Problem } from '../../../core/problem.ts';

export function FieldProblems({ id, problems }: { id: string; problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="field-problems">
      {problems.map((problem, index) => (
        <li key={index} className={`field-problem field-problem--${problem.severity}`}>
          {problem.severity === 'error' ? 'Fout: ' : 'Let op: '}
          {problem.message}
        </li>
      ))}
    </ul>
  );
}
