/** /samenwerken/zelfscan/invullen?id=…: opens a stored scan, or says plainly why it cannot. */
import { Link, useLocation } from 'react-router';
import { SCAN_STORE } from '../../../core/samenwerken/scan-file.ts';
import type { Scan } from '../../../core/samenwerken/scan-schema.ts';
import { SCAN_URL } from '../../../core/samenwerken/samenwerken-urls.ts';
import type { LoadedWork } from '../../../core/samenwerken/work-store.ts';
import { localStore } from '../work/local-store.ts';
import { useStorageRead } from '../../editor/state/use-storage-read.ts';
import { SetAsideNotice } from '../../editor/start/SetAsideNotice.tsx';
import { ScanWorkspace } from './ScanWorkspace.tsx';
import type { ElementTexts } from './scan-words.ts';

export function ScanFromUrl({ elements }: { elements: readonly ElementTexts[] }) {
  const id = new URLSearchParams(useLocation().search).get('id');
  if (!id) return <WorkMissing message="Er is geen zelfscan gekozen." />;
  return <StoredScan key={id} id={id} elements={elements} />;
}

function StoredScan({ id, elements }: { id: string; elements: readonly ElementTexts[] }) {
  const loaded = useStorageRead<LoadedWork<Scan>>(() => {
    const store = localStore();
    return store ? SCAN_STORE.load(store, id) : { status: 'missing' };
  });
  if (!loaded) return <p>Je zelfscan wordt gelezen…</p>;
  if (loaded.status === 'set-aside') return <SetAsideNotice items={[loaded.setAside]} />;
  if (loaded.status === 'missing')
    return (
      <WorkMissing message="Deze zelfscan staat niet (meer) in deze browser. Zelfscans worden per browser bewaard." />
    );
  return <ScanWorkspace stored={loaded.work} elements={elements} />;
}

export function WorkMissing({
  message,
  back = SCAN_URL,
  backText = 'Naar je zelfscans',
}: {
  message: string;
  back?: string;
  backText?: string;
}) {
  return (
    <div className="editor-notice editor-notice--warning" role="alert">
      <p>{message}</p>
      <p>
        <Link to={back}>{backText}</Link>
      </p>
    </div>
  );
}
