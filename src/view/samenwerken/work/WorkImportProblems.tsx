/**
 * Every problem of a file or link that was not taken over, with the place in words. The
 * summary takes the focus, so it scrolls into view and is read out: otherwise a failed
 * import looks like nothing happened. The work on the page is untouched.
 */
import { useEffect, useRef } from 'react';
import type { Problem } from '../../../core/problem.ts';
import { FileProblemList } from '../../components/file-problem-list.tsx';

export interface FailedWorkImport {
  problems: readonly Problem[];
  file?: unknown;
}

export function WorkImportProblems({
  failed,
  note,
  place,
}: {
  failed: FailedWorkImport;
  note: string;
  /** The place of a JSON Pointer in words, e.g. 'Element "Zicht op effecten" › score'. */
  place: (pointer: string, file: unknown) => string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [failed]);
  const errors = failed.problems.filter((problem) => problem.severity === 'error').length;
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="import-problems">
      <p>
        <strong>Niet ingelezen:</strong>{' '}
        {errors === 1 ? 'er is 1 fout' : `er zijn ${errors} fouten`}. {note}
      </p>
      <FileProblemList
        problems={failed.problems}
        place={(pointer) => (pointer ? `${place(pointer, failed.file)} (${pointer})` : '')}
      />
    </div>
  );
}
