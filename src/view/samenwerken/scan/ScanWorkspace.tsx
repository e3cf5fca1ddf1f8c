/**
 * Filling in a scan: the partnership, then per element its questions, a score and a note.
 * Every change is saved in this browser at once and can be undone.
 */
import { Link } from 'react-router';
import { applyScanEdit, type ScanEdit } from '../../../core/samenwerken/scan-edits.ts';
import { SCAN_STORE } from '../../../core/samenwerken/scan-file.ts';
import type { Scan } from '../../../core/samenwerken/scan-schema.ts';
import { scanResultUrl } from '../../../core/samenwerken/samenwerken-urls.ts';
import type { StoredWork } from '../../../core/samenwerken/work-store.ts';
import { WorkTextField } from '../work/fields.tsx';
import { useWork } from '../work/use-work.ts';
import { useWorkAutosave } from '../work/use-work-autosave.ts';
import { WorkToolbar } from '../work/WorkToolbar.tsx';
import { ElementAnswer } from './ElementAnswer.tsx';
import { ScanFileSection } from './ScanFileSection.tsx';
import { type ElementTexts, progressText } from './scan-words.ts';

export function ScanWorkspace({
  stored,
  elements,
}: {
  stored: StoredWork<Scan>;
  elements: readonly ElementTexts[];
}) {
  const work = useWork<Scan, ScanEdit>(stored.value, applyScanEdit);
  const save = useWorkAutosave(
    SCAN_STORE,
    { id: stored.id, origin: stored.origin },
    work.value,
    work.changed,
    'je zelfscan',
  );
  const scan = work.value;
  const resultLink = (
    <Link className="button button--primary" to={scanResultUrl([stored.id])}>
      Bekijk de uitkomst
    </Link>
  );
  return (
    <div className="scan-workspace">
      <WorkToolbar work={work} save={save}>
        {resultLink}
      </WorkToolbar>
      <fieldset className="scan-details">
        <legend>Over deze scan</legend>
        <WorkTextField
          label="Over welke samenwerking gaat het?"
          hint="Bijvoorbeeld: Basisschool De Linde met wijkteam Noord."
          value={scan.partnership}
          maxLength={200}
          onChange={(partnership) =>
            work.edit({ type: 'updateDetails', patch: { partnership } }, '/partnership')
          }
          onBlur={work.mark}
        />
        <WorkTextField
          label="Ingevuld door (functie)"
          required={false}
          hint="Een functie is genoeg, bijvoorbeeld intern begeleider. Vul je een naam in, dan staat die ook in het bestand en in de deellink."
          value={scan.respondent ?? ''}
          maxLength={120}
          onChange={(respondent) =>
            work.edit(
              { type: 'updateDetails', patch: { respondent: respondent || undefined } },
              '/respondent',
            )
          }
          onBlur={work.mark}
        />
        <WorkTextField
          label="Datum"
          type="date"
          required={false}
          value={scan.date ?? ''}
          onChange={(date) =>
            work.edit({ type: 'updateDetails', patch: { date: date || undefined } }, '/date')
          }
          onBlur={work.mark}
        />
      </fieldset>
      <p className="scan-progress" aria-live="polite">
        {progressText(scan)}
      </p>
      <ol className="element-list">
        {elements.map((element, index) => (
          <li key={element.id}>
            <ElementAnswer
              number={index + 1}
              element={element}
              answer={scan.answers[element.id as keyof Scan['answers']]}
              work={work}
            />
          </li>
        ))}
      </ol>
      <p className="scan-progress">{progressText(scan)}</p>
      <p>{resultLink}</p>
      <ScanFileSection work={work} elements={elements} />
    </div>
  );
}
