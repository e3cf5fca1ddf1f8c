/**
 * A scan or plan as a file and as a link: download it, share it, or replace it by a file
 * (one undoable step, so the previous version is one click away). Nothing is sent anywhere.
 */
import { type ReactNode, useState } from 'react';
import { type WorkFormat, readWorkText } from '../../../core/samenwerken/work-file.ts';
import { encodeWorkFragment } from '../../../core/samenwerken/work-share.ts';
import { downloadText } from '../../editor/export/download.ts';
import { ShareLink } from './ShareLink.tsx';
import type { WorkApi } from './use-work.ts';
import { type FailedWorkImport, WorkImportProblems } from './WorkImportProblems.tsx';
import { WorkFileFields } from './WorkFileFields.tsx';

/** How one kind of work is written, shared and taken over. */
export interface WorkFileKind<T, E> {
  format: WorkFormat<T>;
  fileText: (value: T) => string;
  fileName: (value: T) => string;
  /** The page a share link opens, and the fragment parameter that holds the work. */
  sharePage: string;
  shareParameter: string;
  /** The edit that puts a read file in place of the work. */
  replaceBy: (value: T) => E;
}

export interface WorkFileTexts {
  heading: string;
  downloadLabel: string;
  downloadHint?: string;
  shareExplanation: string;
  replaceHint: string;
  /** Announced after a file was taken over. */
  taken: string;
  /** Below the problems of a file that was not taken over. */
  unchanged: string;
}

export function WorkFileSection<T, E>({
  work,
  kind,
  texts,
  place,
  headingId,
  className,
  children,
}: {
  work: WorkApi<T, E>;
  kind: WorkFileKind<T, E>;
  texts: WorkFileTexts;
  place: (pointer: string, file: unknown) => string;
  headingId: string;
  className: string;
  /** Parts shown before the download, such as a printed form. */
  children?: ReactNode;
}) {
  const [failed, setFailed] = useState<FailedWorkImport | null>(null);
  const importText = ([text]: string[]) => {
    const read = readWorkText(text ?? '', kind.format);
    if (!read.ok) {
      setFailed(read);
      return false;
    }
    setFailed(null);
    work.mark();
    work.edit(kind.replaceBy(read.value));
    work.announce(texts.taken);
    return true;
  };
  const download = () =>
    downloadText(kind.fileText(work.value), kind.fileName(work.value), 'application/json');
  return (
    <section aria-labelledby={headingId} className={`${className} work-files`}>
      <h2 id={headingId}>{texts.heading}</h2>
      {children}
      <h3>Downloaden</h3>
      {texts.downloadHint && <p className="field-hint">{texts.downloadHint}</p>}
      <button type="button" className="button" onClick={download}>
        {texts.downloadLabel}
      </button>
      <h3>Delen met een link</h3>
      <ShareLink
        explanation={texts.shareExplanation}
        make={async () =>
          `${window.location.origin}${kind.sharePage}#${await encodeWorkFragment(kind.shareParameter, [work.value])}`
        }
      />
      <h3>Een bestand inlezen</h3>
      <p className="field-hint">{texts.replaceHint}</p>
      <WorkFileFields
        idPrefix={`${headingId}-inlezen`}
        pasteLabel="Of plak de inhoud van het bestand"
        pasteButtonLabel="Geplakte tekst inlezen"
        onText={importText}
      />
      {failed && <WorkImportProblems failed={failed} note={texts.unchanged} place={place} />}
    </section>
  );
}
