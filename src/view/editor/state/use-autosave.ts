/**
 * Saves the draft to localStorage after every change (see autosave-plan.ts for when a
 * draft of a published route is stored, and when it is dropped again).
 */
import { useEffect, useState } from 'react';
import { planAutosave } from '../../../core/editor/autosave-plan.ts';
import type { DraftOrigin } from '../../../core/editor/draft-record.ts';
import { discardDraft, saveDraft } from '../../../core/editor/draft-store.ts';
import type { Route } from '../../../core/route/route-schema.ts';
import { forgetSavedLayouts } from '../layout/layout-cache.ts';
import { browserStore } from './browser-store.ts';

export type SaveStatus =
  | { state: 'unchanged' }
  | { state: 'saved'; at: Date }
  | { state: 'same-as-published' }
  | { state: 'failed'; message: string };

export interface AutosaveTarget {
  id: string;
  origin: DraftOrigin;
  slug?: string;
}

export interface AutosaveInput {
  route: Route;
  /** Anything was changed in this session, even if undo took it back. */
  edited: boolean;
  /** The published route, when the draft is this browser's copy of it. */
  published?: Route | undefined;
}

const NO_STORAGE = 'Deze browser staat opslaan niet toe: download je route als bestand.';

export function useAutosave(target: AutosaveTarget, input: AutosaveInput): SaveStatus {
  const [status, setStatus] = useState<SaveStatus>({ state: 'unchanged' });
  const { id, origin, slug } = target;
  const { route, edited, published } = input;
  useEffect(() => {
    const plan = planAutosave({ edited, route, ...(published ? { published } : {}) });
    if (plan === 'wait') return;
    const store = browserStore();
    if (plan === 'discard') {
      if (store) discardDraft(store, id);
      // Reporting the outcome of the write is the point of this effect.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setStatus({ state: 'same-as-published' });
      return;
    }
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
        : { ok: false as const, message: NO_STORAGE };
    let result = save();
    // Saved chart layouts are only a cache: when the draft does not fit, they make room.
    if (!result.ok && store) {
      forgetSavedLayouts();
      result = save();
    }
    setStatus(
      result.ok ? { state: 'saved', at: now } : { state: 'failed', message: result.message },
    );
  }, [id, origin, slug, route, edited, published]);
  return status;
}
