/**
 * /samenwerken/plan in the browser: continue a plan, start an empty one or one with the
 * "kan beter" elements of a self-scan, or open a plan file.
 */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { todayIso } from '../../../core/dates.ts';
import { PLAN_FORMAT, PLAN_STORE } from '../../../core/samenwerken/plan-file.ts';
import { planFromScans } from '../../../core/samenwerken/plan-from-scan.ts';
import { type Plan, newPlan } from '../../../core/samenwerken/plan-schema.ts';
import { SCAN_STORE } from '../../../core/samenwerken/scan-file.ts';
import type { Scan } from '../../../core/samenwerken/scan-schema.ts';
import { readWorkText } from '../../../core/samenwerken/work-file.ts';
import type { WorkList } from '../../../core/samenwerken/work-store.ts';
import { localStore } from '../work/local-store.ts';
import { useStorageRead } from '../../editor/state/use-storage-read.ts';
import { SetAsideNotice } from '../../editor/start/SetAsideNotice.tsx';
import { type FailedWorkImport, WorkImportProblems } from '../work/WorkImportProblems.tsx';
import { WorkFileFields } from '../work/WorkFileFields.tsx';
import { StoredPlans } from './StoredPlans.tsx';
import { ScanChoice } from './ScanChoice.tsx';
import { type PlanParts, elementTitles } from './plan-parts.ts';
import { planProblemPlace } from './plan-words.ts';
import { saveNewPlan } from './save-new-plan.ts';

export function PlanStart({ parts }: { parts: PlanParts }) {
  const navigate = useNavigate();
  const stored = useStorageRead(() => {
    const store = localStore();
    const empty = { items: [], setAside: [] };
    return {
      plans: store ? PLAN_STORE.list(store) : (empty as WorkList<Plan>),
      scans: store ? SCAN_STORE.list(store) : (empty as WorkList<Scan>),
    };
  });
  const [problem, setProblem] = useState('');
  const [failed, setFailed] = useState<FailedWorkImport | null>(null);
  if (!stored) return <p>Je plannen worden gelezen…</p>;

  const open = (plan: Plan, origin: 'new' | 'import' | 'scan') => {
    const saved = saveNewPlan(plan, origin);
    if (!saved.ok) return setProblem(saved.message);
    navigate(saved.url);
  };
  const importText = ([text]: string[]) => {
    const read = readWorkText(text ?? '', PLAN_FORMAT);
    if (!read.ok) {
      setFailed(read);
      return false;
    }
    open(read.value, 'import');
    return true;
  };

  return (
    <>
      <SetAsideNotice items={[...stored.plans.setAside, ...stored.scans.setAside]} />
      {problem && (
        <p className="editor-notice editor-notice--warning" role="alert">
          {problem}
        </p>
      )}
      <StoredPlans items={stored.plans.items} />
      <section aria-labelledby="nieuw-plan-kop" className="panel-section">
        <h2 id="nieuw-plan-kop">Een nieuw plan van aanpak</h2>
        <button
          type="button"
          className="button button--primary"
          onClick={() => open(newPlan(todayIso()), 'new')}
        >
          Begin met een leeg plan
        </button>
        <ScanChoice
          scans={stored.scans.items}
          onChoose={(scan) => open(planFromScans([scan], elementTitles(parts), todayIso()), 'scan')}
        />
      </section>
      <section aria-labelledby="plan-openen-kop" className="panel-section">
        <h2 id="plan-openen-kop">Een plan openen uit een bestand</h2>
        <WorkFileFields
          idPrefix="plan-openen"
          pasteLabel="Of plak de inhoud van het bestand"
          pasteButtonLabel="Geplakte tekst openen"
          onText={importText}
        />
        {failed && (
          <WorkImportProblems
            failed={failed}
            note="Er is geen plan gemaakt."
            place={planProblemPlace}
          />
        )}
      </section>
    </>
  );
}
