/** Saves a scan or plan to this browser after every change (the editor's autosave, for any work). */
import { useEffect, useState } from 'react';
import type { StoredWork, WorkStore } from '../../../core/samenwerken/work-store.ts';
import type { SaveStatus } from '../../editor/state/use-autosave.ts';
import { localStore } from './local-store.ts';

export type { SaveStatus };

export function useWorkAutosave<T>(
  workStore: WorkStore<T>,
  target: Omit<StoredWork<T>, 'updatedAt' | 'value'>,
  value: T,
  changed: boolean,
  fileWord: string,
): SaveStatus {
  const [status, setStatus] = useState<SaveStatus>({ state: 'unchanged' });
  const { id, origin } = target;
  useEffect(() => {
    if (!changed) return;
    const store = localStore();
    const now = new Date();
    const result = store
      ? workStore.save(store, { id, origin, updatedAt: now.toISOString(), value })
      : {
          ok: false as const,
          message: `Deze browser staat opslaan niet toe: download ${fileWord} als bestand.`,
        };
    // Reporting the outcome of the write is the point of this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setStatus(
      result.ok ? { state: 'saved', at: now } : { state: 'failed', message: result.message },
    );
  }, [workStore, id, origin, value, changed, fileWord]);
  return status;
}
