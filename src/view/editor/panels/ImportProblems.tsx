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

/** "het bestand heeft 2 fouten": the editor's words; a scan or plan can come from a link too. */
const fileErrorCount = (errors: number) =>
  `het bestand heeft ${errors === 1 ? '1 fout' : `${errors} fouten`}`;

export function ImportProblems({
  failed,
  note = 'Je concept is niet veranderd.',
  place = fileProblemLocation,
  errorCount = fileErrorCount,
}: {
  failed: FailedImport;
  note?: string;
  /** The place of a JSON Pointer in the file in words, with the pointer; "" for the whole file. */
  place?: (file: unknown, pointer: string) => string;
  errorCount?: (errors: number) => string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [failed]);
  const { problems, file } = failed;
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="import-problems">
      <p>
        <strong>Niet ingelezen:</strong> {errorCount(errors)}. {note}
      </p>
      <FileProblemList problems={problems} place={(pointer) => place(file, pointer)} />
    </div>
  );
}
