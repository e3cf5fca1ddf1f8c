/** Every problem of a file that was not taken over, located as the command line does. */
import type { Problem } from '../../../core/problem.ts';

export function ImportProblems({
  problems,
  note = 'Je concept is niet veranderd.',
}: {
  problems: readonly Problem[];
  note?: string;
}) {
  const errors = problems.filter((problem) => problem.severity === 'error');
  return (
    <div role="alert" className="import-problems">
      <p>
        <strong>Niet ingelezen:</strong> het bestand heeft{' '}
        {errors.length === 1 ? '1 fout' : `${errors.length} fouten`}.{note}
      </p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <code>
              {problem.line !== undefined
                ? `regel ${problem.line}, kolom ${problem.column ?? 1}`
                : problem.path || '/'}
            </code>
            : {problem.severity === 'warning' ? 'waarschuwing: ' : ''}
            {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
