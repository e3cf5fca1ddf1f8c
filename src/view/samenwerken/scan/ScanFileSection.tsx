/**
 * The scan as a file and as a link: download it, replace it by a file (one undoable step),
 * or share it. Nothing is sent anywhere.
 */
import { useState } from 'react';
import type { ScanEdit } from '../../../core/samenwerken/scan-edits.ts';
import {
  SCAN_FORMAT,
  SCAN_SHARE_PARAMETER,
  scanFileName,
  scanFileText,
} from '../../../core/samenwerken/scan-file.ts';
import type { Scan } from '../../../core/samenwerken/scan-schema.ts';
import { SCAN_RESULT_URL } from '../../../core/samenwerken/samenwerken-urls.ts';
import { readWorkText } from '../../../core/samenwerken/work-file.ts';
import { encodeWorkFragment } from '../../../core/samenwerken/work-share.ts';
import { downloadText } from '../../editor/export/download.ts';
import type { WorkApi } from '../work/use-work.ts';
import { type FailedWorkImport, WorkImportProblems } from '../work/WorkImportProblems.tsx';
import { WorkFileFields } from '../work/WorkFileFields.tsx';
import { ShareLink } from '../work/ShareLink.tsx';
import { type ElementTexts, scanProblemPlace } from './scan-words.ts';

export function ScanFileSection({
  scan,
  work,
  elements,
}: {
  scan: Scan;
  work: WorkApi<Scan, ScanEdit>;
  elements: readonly ElementTexts[];
}) {
  const [failed, setFailed] = useState<FailedWorkImport | null>(null);
  const importText = ([text]: string[]) => {
    const read = readWorkText(text ?? '', SCAN_FORMAT);
    if (!read.ok) {
      setFailed(read);
      return false;
    }
    setFailed(null);
    work.mark();
    work.edit({ type: 'replaceScan', scan: read.value });
    work.announce('Zelfscan ingelezen. Je vorige antwoorden haal je terug met Ongedaan maken.');
    return true;
  };
  return (
    <section aria-labelledby="scan-bestand-kop" className="panel-section work-files">
      <h2 id="scan-bestand-kop">Bestand en delen</h2>
      <h3>Downloaden</h3>
      <p className="field-hint">
        Een bestand (JSON) met je antwoorden. Stuur het naar wie de antwoorden van het team
        verzamelt, of bewaar het zelf.
      </p>
      <button
        type="button"
        className="button"
        onClick={() => downloadText(scanFileText(scan), scanFileName(scan), 'application/json')}
      >
        Zelfscan downloaden (JSON)
      </button>
      <h3>Delen met een link</h3>
      <ShareLink
        explanation="Je antwoorden staan in de link zelf; er wordt niets naar een server gestuurd. Wie de link opent, ziet de uitkomst en kan hem bewaren."
        make={async () =>
          `${window.location.origin}${SCAN_RESULT_URL}#${await encodeWorkFragment(SCAN_SHARE_PARAMETER, [scan])}`
        }
      />
      <h3>Een bestand inlezen</h3>
      <p className="field-hint">
        Het bestand vervangt de antwoorden hierboven. Met Ongedaan maken haal je ze terug.
      </p>
      <WorkFileFields
        idPrefix="scan-inlezen"
        pasteLabel="Of plak de inhoud van het bestand"
        pasteButtonLabel="Geplakte tekst inlezen"
        onText={importText}
      />
      {failed && (
        <WorkImportProblems
          failed={failed}
          note="Je zelfscan is niet veranderd."
          place={scanProblemPlace(elements)}
        />
      )}
    </section>
  );
}
