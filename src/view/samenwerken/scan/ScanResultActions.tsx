/** After the result: print it, download it, share it, keep shared answers, start a plan. */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { todayIso } from '../../../core/dates.ts';
import { type CombinedScan, improvementElements } from '../../../core/samenwerken/combine-scans.ts';
import { planFromScans } from '../../../core/samenwerken/plan-from-scan.ts';
import { slugify } from '../../../core/editor/new-ids.ts';
import {
  SCAN_SHARE_PARAMETER,
  SCAN_STORE,
  scanFileName,
  scanFileText,
  scansFileText,
} from '../../../core/samenwerken/scan-file.ts';
import type { Scan } from '../../../core/samenwerken/scan-schema.ts';
import { SCAN_RESULT_URL, scanResultUrl } from '../../../core/samenwerken/samenwerken-urls.ts';
import { newWorkId } from '../../../core/samenwerken/work-store.ts';
import { encodeWorkFragment } from '../../../core/samenwerken/work-share.ts';
import { downloadText } from '../../editor/export/download.ts';
import { localStore } from '../work/local-store.ts';
import { ShareLink } from '../work/ShareLink.tsx';
import { saveNewPlan } from '../plan/save-new-plan.ts';
import type { ElementTexts } from './scan-words.ts';

export function ScanResultActions({
  scans,
  combined,
  keptIds,
  onKept,
  elements,
}: {
  scans: readonly Scan[];
  elements: readonly ElementTexts[];
  combined: CombinedScan;
  keptIds: readonly string[] | null;
  onKept: (ids: readonly string[]) => void;
}) {
  const navigate = useNavigate();
  const [problem, setProblem] = useState('');
  const download = () => {
    if (scans.length === 1) {
      const [scan] = scans as [Scan];
      return downloadText(scanFileText(scan), scanFileName(scan), 'application/json');
    }
    const name = slugify(combined.partnerships[0] ?? '', '');
    downloadText(
      scansFileText(scans),
      `zelfscans${name ? `-${name}` : ''}.json`,
      'application/json',
    );
  };
  const keep = () => {
    const store = localStore();
    if (!store) return setProblem('Deze browser staat opslaan niet toe.');
    const now = Date.now();
    const ids: string[] = [];
    for (const [index, scan] of scans.entries()) {
      const id = newWorkId('zelfscan', now + index, Math.random());
      const saved = SCAN_STORE.save(store, {
        id,
        origin: 'share',
        updatedAt: new Date(now).toISOString(),
        value: scan,
      });
      if (!saved.ok) return setProblem(saved.message);
      ids.push(id);
    }
    onKept(ids);
    navigate(scanResultUrl(ids), { replace: true });
  };
  const improvements = improvementElements(combined).length;
  const makePlan = () => {
    const titles = Object.fromEntries(elements.map((element) => [element.id, element.title]));
    const saved = saveNewPlan(planFromScans(scans, titles, todayIso()), 'scan');
    if (!saved.ok) return setProblem(saved.message);
    navigate(saved.url);
  };
  return (
    <section aria-labelledby="verder-kop" className="panel-section scan-actions screen-only">
      <h2 id="verder-kop">Verder met de uitkomst</h2>
      <p>
        {improvements === 0
          ? 'Geen element staat op “kan beter”. Je kunt toch een plan van aanpak beginnen.'
          : `${improvements === 1 ? '1 element kan' : `${improvements} elementen kunnen`} beter. Neem ze mee als doelen in een plan van aanpak.`}
      </p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={makePlan}>
          {improvements === 0
            ? 'Begin een plan van aanpak'
            : 'Maak een plan van aanpak met de verbeterpunten'}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          Afdrukken of bewaren als PDF
        </button>
        <button type="button" className="button" onClick={download}>
          {scans.length === 1 ? 'Zelfscan downloaden (JSON)' : 'Zelfscans downloaden (JSON)'}
        </button>
        {keptIds === null && (
          <button type="button" className="button" onClick={keep}>
            Bewaar in deze browser
          </button>
        )}
      </div>
      {problem && (
        <p className="field-problem field-problem--error" role="alert">
          {problem}
        </p>
      )}
      <h3>Delen met een link</h3>
      <ShareLink
        explanation={`${scans.length === 1 ? 'De antwoorden staan' : 'Alle antwoorden staan'} in de link zelf; er wordt niets naar een server gestuurd.`}
        make={async () =>
          `${window.location.origin}${SCAN_RESULT_URL}#${await encodeWorkFragment(SCAN_SHARE_PARAMETER, scans)}`
        }
      />
    </section>
  );
}
