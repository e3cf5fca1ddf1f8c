/** The scan as a file and as a link. Nothing is sent anywhere. */
import type { ScanEdit } from '../../../core/samenwerken/scan-edits.ts';
import {
  SCAN_FORMAT,
  SCAN_SHARE_PARAMETER,
  scanFileName,
  scanFileText,
} from '../../../core/samenwerken/scan-file.ts';
import type { Scan } from '../../../core/samenwerken/scan-schema.ts';
import { SCAN_RESULT_URL } from '../../../core/samenwerken/samenwerken-urls.ts';
import type { WorkApi } from '../work/use-work.ts';
import {
  type WorkFileKind,
  type WorkFileTexts,
  WorkFileSection,
} from '../work/WorkFileSection.tsx';
import { type ElementTexts, scanProblemPlace } from './scan-words.ts';

const SCAN_FILE: WorkFileKind<Scan, ScanEdit> = {
  format: SCAN_FORMAT,
  fileText: scanFileText,
  fileName: scanFileName,
  sharePage: SCAN_RESULT_URL,
  shareParameter: SCAN_SHARE_PARAMETER,
  replaceBy: (scan) => ({ type: 'replaceScan', scan }),
};

const SCAN_FILE_TEXTS: WorkFileTexts = {
  heading: 'Bestand en delen',
  downloadLabel: 'Zelfscan downloaden (JSON)',
  downloadHint:
    'Een bestand (JSON) met je antwoorden. Stuur het naar wie de antwoorden van het team verzamelt, of bewaar het zelf.',
  shareExplanation:
    'Je antwoorden staan in de link zelf; er wordt niets naar een server gestuurd. Wie de link opent, ziet de uitkomst en kan hem bewaren.',
  replaceHint: 'Het bestand vervangt de antwoorden hierboven. Met Ongedaan maken haal je ze terug.',
  taken: 'Zelfscan ingelezen. Je vorige antwoorden haal je terug met Ongedaan maken.',
  unchanged: 'Je zelfscan is niet veranderd.',
};

export function ScanFileSection({
  work,
  elements,
}: {
  work: WorkApi<Scan, ScanEdit>;
  elements: readonly ElementTexts[];
}) {
  return (
    <WorkFileSection
      work={work}
      kind={SCAN_FILE}
      texts={SCAN_FILE_TEXTS}
      place={scanProblemPlace(elements)}
      headingId="scan-bestand-kop"
      className="panel-section"
    />
  );
}
