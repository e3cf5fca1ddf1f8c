/** The plan as a file, a link and a printed form. Nothing is sent anywhere. */
import { Link } from 'react-router';
import type { PlanEdit } from '../../../core/samenwerken/plan-edits.ts';
import {
  PLAN_FORMAT,
  PLAN_SHARE_PARAMETER,
  planFileName,
  planFileText,
} from '../../../core/samenwerken/plan-file.ts';
import type { Plan } from '../../../core/samenwerken/plan-schema.ts';
import { PLAN_EDIT_URL } from '../../../core/samenwerken/samenwerken-urls.ts';
import {
  type WorkFileKind,
  type WorkFileTexts,
  WorkFileSection,
} from '../work/WorkFileSection.tsx';
import type { PlanApi } from './plan-api.ts';
import { planProblemPlace } from './plan-words.ts';

const PLAN_FILE: WorkFileKind<Plan, PlanEdit> = {
  format: PLAN_FORMAT,
  fileText: planFileText,
  fileName: planFileName,
  sharePage: PLAN_EDIT_URL,
  shareParameter: PLAN_SHARE_PARAMETER,
  replaceBy: (plan) => ({ type: 'replacePlan', plan }),
};

const PLAN_FILE_TEXTS: WorkFileTexts = {
  heading: 'Bestand, afdrukken en delen',
  downloadLabel: 'Plan downloaden (JSON)',
  shareExplanation:
    'Het hele plan staat in de link zelf; er wordt niets naar een server gestuurd. Wie de link opent, krijgt een eigen kopie.',
  replaceHint: 'Het bestand vervangt dit plan. Met Ongedaan maken haal je het terug.',
  taken: 'Plan ingelezen. Je vorige versie haal je terug met Ongedaan maken.',
  unchanged: 'Je plan is niet veranderd.',
};

export function PlanFileSection({ work, printUrl }: { work: PlanApi; printUrl: string }) {
  return (
    <WorkFileSection
      work={work}
      kind={PLAN_FILE}
      texts={PLAN_FILE_TEXTS}
      place={planProblemPlace}
      headingId="plan-bestand"
      className="plan-part"
    >
      <h3>Afdrukken of bewaren als PDF</h3>
      <p>
        <Link to={printUrl}>Bekijk het plan als ingevuld formulier (A4)</Link>
      </p>
    </WorkFileSection>
  );
}
