/**
 * Filling in a plan van aanpak, part by part as on the paper form. Every change is saved in
 * this browser at once and can be undone; nothing is sent anywhere.
 */
import { Link } from 'react-router';
import { type PlanEdit, applyPlanEdit } from '../../../core/samenwerken/plan-edits.ts';
import { PLAN_STORE } from '../../../core/samenwerken/plan-file.ts';
import type { Plan } from '../../../core/samenwerken/plan-schema.ts';
import { planPrintUrl } from '../../../core/samenwerken/samenwerken-urls.ts';
import type { StoredWork } from '../../../core/samenwerken/work-store.ts';
import { useWork } from '../work/use-work.ts';
import { useWorkAutosave } from '../work/use-work-autosave.ts';
import { WorkToolbar } from '../work/WorkToolbar.tsx';
import { PlanAccents } from './PlanAccents.tsx';
import { PlanDetails } from './PlanDetails.tsx';
import { PlanFileSection } from './PlanFileSection.tsx';
import { PlanGoals } from './PlanGoals.tsx';
import type { PlanParts } from './plan-parts.ts';
import { PlanRoutes } from './PlanRoutes.tsx';
import { PlanScope } from './PlanScope.tsx';

export function PlanWorkspace({ stored, parts }: { stored: StoredWork<Plan>; parts: PlanParts }) {
  const work = useWork<Plan, PlanEdit>(stored.value, applyPlanEdit);
  const save = useWorkAutosave(
    PLAN_STORE,
    { id: stored.id, origin: stored.origin },
    work.value,
    work.changed,
    'je plan',
  );
  return (
    <div className="plan-workspace">
      <WorkToolbar work={work} save={save}>
        <Link className="button" to={planPrintUrl(stored.id)}>
          Bekijk als formulier en druk af
        </Link>
      </WorkToolbar>
      <nav aria-label="Onderdelen van het plan" className="plan-contents">
        <ul>
          <li>
            <a href="#plan-gegevens">Gegevens</a>
          </li>
          <li>
            <a href="#plan-accenten">1. Accenten</a>
          </li>
          <li>
            <a href="#plan-doelen">2. Plan: doelen</a>
          </li>
          <li>
            <a href="#plan-afbakening">3. Afbakening en voorwaarden</a>
          </li>
          <li>
            <a href="#plan-routes">Routes</a>
          </li>
          <li>
            <a href="#plan-bestand">Bestand en delen</a>
          </li>
        </ul>
      </nav>
      <PlanDetails work={work} />
      <PlanAccents work={work} parts={parts} />
      <PlanGoals work={work} parts={parts} />
      <PlanScope work={work} />
      <PlanRoutes work={work} parts={parts} />
      <PlanFileSection work={work} printUrl={planPrintUrl(stored.id)} />
    </div>
  );
}
