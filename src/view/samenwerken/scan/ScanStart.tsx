/**
 * /samenwerken/zelfscan in the browser: start a scan, continue one, add other people's answers
 * (files or share links) and choose which scans to look at together.
 */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { todayIso } from '../../../core/dates.ts';
import { SCAN_STORE } from '../../../core/samenwerken/scan-file.ts';
import { readScansInput } from '../../../core/samenwerken/scan-input.ts';
import { type Scan, newScan } from '../../../core/samenwerken/scan-schema.ts';
import { scanFillUrl } from '../../../core/samenwerken/samenwerken-urls.ts';
import { type StoredWork, type WorkList, newWorkId } from '../../../core/samenwerken/work-store.ts';
import { localStore } from '../work/local-store.ts';
import { useStorageRead } from '../../editor/state/use-storage-read.ts';
import { SetAsideNotice } from '../../editor/start/SetAsideNotice.tsx';
import { type FailedWorkImport, WorkImportProblems } from '../work/WorkImportProblems.tsx';
import { WorkFileFields } from '../work/WorkFileFields.tsx';
import { NewScanForm } from './NewScanForm.tsx';
import { StoredScans } from './StoredScans.tsx';
import { type ElementTexts, scanProblemPlace } from './scan-words.ts';
import { canonicalScan } from '../../../core/samenwerken/scan-file.ts';

export function ScanStart({ elements }: { elements: readonly ElementTexts[] }) {
  const navigate = useNavigate();
  const stored = useStorageRead<WorkList<Scan>>(() => {
    const store = localStore();
    return store ? SCAN_STORE.list(store) : { items: [], setAside: [] };
  });
  const [added, setAdded] = useState<StoredWork<Scan>[]>([]);
  const [failed, setFailed] = useState<FailedWorkImport | null>(null);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');

  if (!stored) return <p>Je zelfscans worden gelezen…</p>;
  const items = [...added, ...stored.items];

  const start = (partnership: string, respondent: string) => {
    const store = localStore();
    const id = newWorkId('zelfscan', Date.now(), Math.random());
    const value: Scan = {
      ...newScan(todayIso()),
      partnership,
      ...(respondent ? { respondent } : {}),
    };
    const saved = store
      ? SCAN_STORE.save(store, { id, origin: 'new', updatedAt: new Date().toISOString(), value })
      : { ok: false as const, message: 'Deze browser staat opslaan niet toe.' };
    if (!saved.ok) return setProblem(saved.message);
    navigate(scanFillUrl(id));
  };

  const addScans = async (texts: string[]): Promise<boolean> => {
    const scans: { scan: Scan; origin: 'import' | 'share' }[] = [];
    for (const text of texts) {
      const read = await readScansInput(text);
      if (!read.ok) {
        setFailed(read);
        setMessage('');
        return false;
      }
      const origin = /^\s*[[{]/.test(text) ? 'import' : 'share';
      scans.push(...read.scans.map((scan) => ({ scan, origin }) as const));
    }
    const store = localStore();
    if (!store) {
      setProblem('Deze browser staat opslaan niet toe.');
      return false;
    }
    // The same answers twice (a link opened again) are kept once.
    const known = new Set(items.map((item) => JSON.stringify(canonicalScan(item.value))));
    const fresh = scans.filter(({ scan }) => !known.has(JSON.stringify(canonicalScan(scan))));
    const now = Date.now();
    const works = fresh.map(({ scan, origin }, index) => ({
      id: newWorkId('zelfscan', now + index, Math.random()),
      origin,
      updatedAt: new Date(now).toISOString(),
      value: scan,
    }));
    for (const work of works) {
      const saved = SCAN_STORE.save(store, work);
      if (!saved.ok) {
        setProblem(saved.message);
        return false;
      }
    }
    setFailed(null);
    setAdded((list) => [...works, ...list]);
    const skipped = scans.length - fresh.length;
    setMessage(
      `${works.length === 1 ? '1 zelfscan' : `${works.length} zelfscans`} toegevoegd` +
        (skipped > 0 ? `; ${skipped} stond${skipped === 1 ? '' : 'en'} er al.` : '.'),
    );
    return true;
  };

  return (
    <>
      <SetAsideNotice items={stored.setAside} />
      {problem && (
        <p className="editor-notice editor-notice--warning" role="alert">
          {problem}
        </p>
      )}
      <NewScanForm onStart={start} />
      <StoredScans items={items} />
      <section aria-labelledby="toevoegen-kop" className="panel-section">
        <h2 id="toevoegen-kop">Antwoorden van anderen toevoegen</h2>
        <p>
          Heeft een collega de scan op een eigen computer ingevuld? Vraag om het bestand of de
          deellink en voeg die hier toe. Daarna kun je alle antwoorden samen bekijken.
        </p>
        <WorkFileFields
          idPrefix="scan-toevoegen"
          multiple
          pasteLabel="Of plak de inhoud van een bestand, of een deellink"
          pasteButtonLabel="Geplakte tekst toevoegen"
          onText={addScans}
        />
        <p role="status">{message}</p>
        {failed && (
          <WorkImportProblems
            failed={failed}
            note="Er is niets toegevoegd."
            place={scanProblemPlace(elements)}
          />
        )}
      </section>
    </>
  );
}
