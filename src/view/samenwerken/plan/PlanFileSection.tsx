/** The plan as a file, a link and a printed form. Nothing is sent anywhere. */
import { useState } from 'react';
import { Link } from 'react-router';
import {
  PLAN_FORMAT,
  PLAN_SHARE_PARAMETER,
  planFileName,
  planFileText,
} from '../../../core/samenwerken/plan-file.ts';
import { PLAN_EDIT_URL } from '../../../core/samenwerken/samenwerken-urls.ts';
import { readWorkText } from '../../../core/samenwerken/work-file.ts';
import { encodeWorkFragment } from '../../../core/samenwerken/work-share.ts';
import { downloadText } from '../../editor/export/download.ts';
import { ShareLink } from '../work/ShareLink.tsx';
import { type FailedWorkImport, WorkImportProblems } from '../work/WorkImportProblems.tsx';
import { WorkFileFields } from '../work/WorkFileFields.tsx';
import type { PlanApi } from './plan-api.ts';
import { planProblemPlace } from './plan-words.ts';

export function PlanFileSection({ work, printUrl }: { work: PlanApi; printUrl: string }) {
  const [failed, setFailed] = useState<FailedWorkImport | null>(null);
  const importText = ([text]: string[]) => {
    const read = readWorkText(text ?? '', PLAN_FORMAT);
    if (!read.ok) {
      setFailed(read);
      return false;
    }
    setFailed(null);
    work.mark();
    work.edit({ type: 'replacePlan', plan: read.value });
    work.announce('Plan ingelezen. Je vorige versie haal je terug met Ongedaan maken.');
    return true;
  };
  return (
    <section aria-labelledby="plan-bestand" className="plan-part work-files">
      <h2 id="plan-bestand">Bestand, afdrukken en delen</h2>
      <h3>Afdrukken of bewaren als PDF</h3>
      <p>
        <Link to={printUrl}>Bekijk het plan als ingevuld formulier (A4)</Link>
      </p>
      <h3>Downloaden</h3>
      <button
        type="button"
        className="button"
        onClick={() =>
          downloadText(planFileText(work.value), planFileName(work.value), 'application/json')
        }
      >
        Plan downloaden (JSON)
      </button>
      <h3>Delen met een link</h3>
      <ShareLink
        explanation="Het hele plan staat in de link zelf; er wordt niets naar een server gestuurd. Wie de link opent, krijgt een eigen kopie."
        make={async () =>
          `${window.location.origin}${PLAN_EDIT_URL}#${await encodeWorkFragment(PLAN_SHARE_PARAMETER, [work.value])}`
        }
      />
      <h3>Een bestand inlezen</h3>
      <p className="field-hint">
        Het bestand vervangt dit plan. Met Ongedaan maken haal je het terug.
      </p>
      <WorkFileFields
        idPrefix="plan-inlezen"
        pasteLabel="Of plak de inhoud van het bestand"
        pasteButtonLabel="Geplakte tekst inlezen"
        onText={importText}
      />
      {failed && (
        <WorkImportProblems
          failed={failed}
          note="Je plan is niet veranderd."
          place={planProblemPlace}
        />
      )}
    </section>
  );
}
