/**
 * /samenwerken/zelfscan/uitkomst: the scans named by `?id=` (from this browser), or the scans
 * in a share link (`#scans=…`), which are shown without being stored until asked.
 */
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import {
  SCAN_FORMAT,
  SCAN_SHARE_PARAMETER,
  SCAN_STORE,
} from '../../../core/samenwerken/scan-file.ts';
import type { Scan } from '../../../core/samenwerken/scan-schema.ts';
import type { SetAside } from '../../../core/key-value-store.ts';
import { decodeWorkData, fragmentData } from '../../../core/samenwerken/work-share.ts';
import { localStore } from '../work/local-store.ts';
import { useStorageRead } from '../../editor/state/use-storage-read.ts';
import { SetAsideNotice } from '../../editor/start/SetAsideNotice.tsx';
import { WorkMissing } from './ScanFromUrl.tsx';
import { ScanResult } from './ScanResult.tsx';
import type { ElementTexts } from './scan-words.ts';

export function ScanResultFromUrl({ elements }: { elements: readonly ElementTexts[] }) {
  const location = useLocation();
  const shared = fragmentData(location.hash, SCAN_SHARE_PARAMETER);
  const ids = new URLSearchParams(location.search).getAll('id');
  if (shared !== null) return <SharedScans key={shared} data={shared} elements={elements} />;
  if (ids.length === 0) return <WorkMissing message="Er is geen zelfscan gekozen." />;
  return <StoredScans key={ids.join(' ')} ids={ids} elements={elements} />;
}

function StoredScans({ ids, elements }: { ids: string[]; elements: readonly ElementTexts[] }) {
  const loaded = useStorageRead(() => {
    const store = localStore();
    const scans: { id: string; scan: Scan }[] = [];
    const setAside: SetAside[] = [];
    let missing = 0;
    for (const id of ids) {
      const read = store ? SCAN_STORE.load(store, id) : ({ status: 'missing' } as const);
      if (read.status === 'found') scans.push({ id, scan: read.work.value });
      else if (read.status === 'set-aside') setAside.push(read.setAside);
      else missing++;
    }
    return { scans, setAside, missing };
  });
  if (!loaded) return <p>De zelfscans worden gelezen…</p>;
  return (
    <>
      <SetAsideNotice items={loaded.setAside} />
      {loaded.missing > 0 && (
        <p className="editor-notice editor-notice--warning" role="alert">
          {loaded.missing === 1 ? '1 zelfscan staat' : `${loaded.missing} zelfscans staan`} niet
          (meer) in deze browser en {loaded.missing === 1 ? 'ontbreekt' : 'ontbreken'} hieronder.
        </p>
      )}
      {loaded.scans.length > 0 ? (
        <ScanResult
          scans={loaded.scans.map((item) => item.scan)}
          storedIds={loaded.scans.map((item) => item.id)}
          elements={elements}
        />
      ) : (
        loaded.missing > 0 && <WorkMissing message="Er is geen zelfscan om te tonen." />
      )}
    </>
  );
}

function SharedScans({ data, elements }: { data: string; elements: readonly ElementTexts[] }) {
  const [state, setState] = useState<{ scans: Scan[] } | { message: string } | null>(null);
  useEffect(() => {
    let current = true;
    decodeWorkData(data, SCAN_FORMAT).then((decoded) => {
      if (current) setState(decoded.ok ? { scans: decoded.values } : { message: decoded.message });
    });
    return () => {
      current = false;
    };
  }, [data]);
  if (!state) return <p role="status">De gedeelde zelfscan wordt geopend…</p>;
  if ('message' in state) return <WorkMissing message={state.message} />;
  return <ScanResult scans={state.scans} storedIds={null} elements={elements} />;
}
