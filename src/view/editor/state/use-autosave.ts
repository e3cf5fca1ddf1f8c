/**
 * Saves the draft to localStorage after every change. A route opened from its published
 * page is only stored once it has been changed, so browsing does not pile up drafts.
 */
import { useEffect, useState } from 'react';
import type { DraftOrigin } from '../../../core/editor/draft-record.ts';
import { saveDraft } from '../../../core/editor/draft-store.ts';
import type { Route } from '../../../core/route/route-schema.ts';
import { forgetSavedLayouts } from '../layout/layout-cache.ts';
import { browserStore } from './browser-store.ts';

export type SaveStatus =
  { state: 'unchanged' } | { state: 'saved'; at: Date } | { state: 'failed'; message: string };

export interface AutosaveTarget {
  id: string;
  origin: DraftOrigin;
  slug?: string;
}

export function useAutosave(target: AutosaveTarget, route: Route, changed: boolean): SaveStatus {
  const [status, setStatus] = useState<SaveStatus>({ state: 'unchanged' });
  const { id, origin, slug } = target;
  useEffect(() => {
    if (!changed) return;
    const store = browserStore();
    const now = new Date();
    const save = () =>
      store
        ? saveDraft(store, {
            id,
            origin,
            ...(slug ? { slug } : {}),
            updatedAt: now.toISOString(),
            route,
          })
        : {
            ok: false as const,
            message: 'Deze browser staat opslaan niet toe: download je route als bestand.',
          };
    let result = save();
    // Saved chart layouts are only a cache: when the draft does not fit, they make room.
    if (!result.ok && store) {
      forgetSavedLayouts();
      result = save();
    }
    // Reporting the outcome of the write is the point of this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setStatus(
      result.ok ? { state: 'saved', at: now } : { state: 'failed', message: result.message },
    );
  }, [id, origin, slug, route, changed]);
  return status;
}
