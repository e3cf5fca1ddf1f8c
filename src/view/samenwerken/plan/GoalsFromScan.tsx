/**
 * Taking the "kan beter" elements of a self-scan in this browser into the plan as goals.
 * Elements the plan already has a goal for are not offered again.
 */
import { useState } from 'react';
import { combineScans, improvementElements } from '../../../core/samenwerken/combine-scans.ts';
import { goalsForElements } from '../../../core/samenwerken/plan-from-scan.ts';
import type { ElementId } from '../../../core/samenwerken/samenwerken-ids.ts';
import { SCAN_STORE } from '../../../core/samenwerken/scan-file.ts';
import { localStore } from '../work/local-store.ts';
import { useStorageRead } from '../../editor/state/use-storage-read.ts';
import { scanTitle } from '../scan/scan-words.ts';
import type { PlanApi } from './plan-api.ts';

export function GoalsFromScan({
  work,
  titles,
  focus,
}: {
  work: PlanApi;
  titles: Record<string, string>;
  focus: (elementId: string) => void;
}) {
  const scans = useStorageRead(() => {
    const store = localStore();
    return store ? SCAN_STORE.list(store).items : [];
  });
  const [scanId, setScanId] = useState('');
  const [chosen, setChosen] = useState<ElementId[]>([]);
  if (!scans || scans.length === 0) return null;
  const scan = scans.find((item) => item.id === scanId) ?? scans[0]!;
  const present = new Set(work.value.goals.flatMap((goal) => goal.element ?? []));
  const offered = improvementElements(combineScans([scan.value]))
    .map((item) => item.element)
    .filter((element) => !present.has(element));
  const take = () => {
    const goals = goalsForElements(
      work.value,
      chosen.filter((id) => offered.includes(id)),
      titles,
    );
    if (goals.length === 0) return work.announce('Kies eerst een of meer elementen.');
    work.mark();
    work.edit({ type: 'addGoals', goals });
    work.announce(goals.length === 1 ? '1 doel toegevoegd.' : `${goals.length} doelen toegevoegd.`);
    setChosen([]);
    focus(`${goals[0]!.id}-kop`);
  };
  return (
    <details className="goals-from-scan">
      <summary>Doelen overnemen uit een zelfscan</summary>
      <div className="field">
        <label htmlFor="doelen-scan">Zelfscan</label>
        <select
          id="doelen-scan"
          value={scan.id}
          onChange={(event) => setScanId(event.target.value)}
        >
          {scans.map((item) => (
            <option key={item.id} value={item.id}>
              {scanTitle(item.value)}
            </option>
          ))}
        </select>
      </div>
      {offered.length === 0 ? (
        <p>In deze zelfscan staat geen element op “kan beter” dat nog geen doel heeft.</p>
      ) : (
        <fieldset>
          <legend>Elementen die beter kunnen</legend>
          {offered.map((element) => (
            <label key={element} className="choice">
              <input
                type="checkbox"
                checked={chosen.includes(element)}
                onChange={(event) =>
                  setChosen((list) =>
                    event.target.checked ? [...list, element] : list.filter((id) => id !== element),
                  )
                }
              />
              {titles[element] ?? element}
            </label>
          ))}
          <button type="button" className="button" onClick={take}>
            Overnemen als doel
          </button>
        </fieldset>
      )}
    </details>
  );
}
