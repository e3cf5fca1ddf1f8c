/**
 * Every problem of a scan or plan file or link that was not taken over, with the place in
 * words: the editor's import problems in the words of the form. The work on the page is
 * untouched.
 */
import { type FailedImport, ImportProblems } from '../../editor/panels/ImportProblems.tsx';

export type FailedWorkImport = FailedImport;

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
  return (
    <ImportProblems
      failed={failed}
      note={note}
      place={(file, pointer) => (pointer ? `${place(pointer, file)} (${pointer})` : '')}
      errorCount={(errors) => (errors === 1 ? 'er is 1 fout' : `er zijn ${errors} fouten`)}
    />
  );
}
