/**
 * Every problem of a file that was not taken over. The summary takes the focus when it
 * appears (and for every new attempt), so it scrolls into view and a screen reader reads it:
 * otherwise a failed import looks like nothing happened.
 */
import { useEffect, useRef } from 'react';
import type { Problem } from '../../../core/problem.ts';
import { FileProblemList } from '../../components/file-problem-list.tsx';
import { fileProblemLocation } from '../problem-text.ts';

export interface FailedImport {
  problems: readonly Problem[];
  /** The parsed file, if it was JSON: names the places of the problems. */
  file?: unknown;
}

export function ImportProblems({
  failed,
  note = 'Je concept is niet veranderd.',
}: {
  failed: FailedImport;
  note?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [failed]);
  const { problems, file } = failed;
  const errors = problems.filter((problem) => problem.severity === 'error');
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="import-problems">
      <p>
        <strong>Niet ingelezen:</strong> het bestand heeft{' '}
        {errors.length === 1 ? '1 fout' : `${errors.length} fouten`}. {note}
      </p>
      <FileProblemList
        problems={problems}
        place={(pointer) => fileProblemLocation(file, pointer)}
      />
    </div>
  );
}
