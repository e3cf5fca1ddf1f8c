/**
 * Saves the draft to localStorage after every change (see autosave-plan.ts for when a
 * draft of a published route is stored, and when it is dropped again). A write never
 * overwrites what another tab stored meanwhile (draft-sync.ts): saving stops and the
 * other tab's version is offered, so the user chooses.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { planAutosave } from '../../../core/editor/autosave-plan.ts';
import type { Draft, DraftOrigin } from '../../../core/editor/draft-record.ts';
import {
  type SyncedWrite,
  conflict,
  otherTabChanged,
  writeDraftIfUnchanged,
} from '../../../core/editor/draft-sync.ts';
import type { Route } from '../../../core/route/route-schema.ts';
import { forgetSavedLayouts } from '../layout/layout-cache.ts';
import { browserStore } from './browser-store.ts';

export type SaveStatus =
  | { state: 'unchanged' }
  | { state: 'saved'; at: Date }
  | { state: 'same-as-published' }
  | { state: 'other-tab' }
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
  /** The draft's stored text when the editor opened (null: nothing stored yet). */
  storedText: string | null;
}

export interface Autosave {
  status: SaveStatus;
  /** Another tab stored a version this tab has not shown; null when there is none. */
  otherTab: { theirs: Draft | null } | null;
  /** Makes the other tab's version the one this tab continues from; returns it to show. */
  adoptOtherTab(): Route | null;
}

const NO_STORAGE = 'Deze browser staat opslaan niet toe: download je route als bestand.';

export function useAutosave(target: AutosaveTarget, input: AutosaveInput): Autosave {
  const [status, setStatus] = useState<SaveStatus>({ state: 'unchanged' });
  const [otherTab, setOtherTab] = useState<{ text: string; theirs: Draft | null } | null>(null);
  const { id, origin, slug } = target;
  const { route, edited, published } = input;
  // What the store held after this tab's last read or write, and the route it stands for.
  const stored = useRef<{ text: string | null; route: Route | null }>({
    text: input.storedText,
    route: input.storedText === null ? null : input.route,
  });

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (!otherTabChanged(event, id, stored.current.text) || event.newValue === null) return;
      setOtherTab(conflict(event.newValue));
      setStatus({ state: 'other-tab' });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [id]);

  useEffect(() => {
    if (otherTab) return;
    const plan = planAutosave({ edited, route, ...(published ? { published } : {}) });
    if (plan === 'wait' || (plan === 'save' && route === stored.current.route)) return;
    const store = browserStore();
    if (!store) {
      // Reporting the outcome of the write is the point of this effect.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setStatus({ state: 'failed', message: NO_STORAGE });
      return;
    }
    const now = new Date();
    const draft: Draft | null =
      plan === 'save'
        ? { id, origin, ...(slug ? { slug } : {}), updatedAt: now.toISOString(), route }
        : null;
    const write = (): SyncedWrite => writeDraftIfUnchanged(store, id, draft, stored.current.text);
    let result = write();
    // Saved chart layouts are only a cache: when the draft does not fit, they make room.
    if (result.status === 'failed') {
      forgetSavedLayouts();
      result = write();
    }
    switch (result.status) {
      case 'written':
        stored.current = { text: result.text, route: draft ? route : null };
        setStatus(draft ? { state: 'saved', at: now } : { state: 'same-as-published' });
        return;
      case 'conflict':
        setOtherTab(result);
        setStatus({ state: 'other-tab' });
        return;
      case 'failed':
        setStatus({ state: 'failed', message: result.message });
        return;
      default: {
        const unknown: never = result;
        return unknown;
      }
    }
  }, [id, origin, slug, route, edited, published, otherTab]);

  const adoptOtherTab = useCallback(() => {
    if (!otherTab?.theirs) return null;
    const theirs = otherTab.theirs;
    stored.current = { text: otherTab.text, route: theirs.route };
    setOtherTab(null);
    setStatus({ state: 'saved', at: new Date(theirs.updatedAt) });
    return theirs.route;
  }, [otherTab]);

  return {
    status,
    otherTab: otherTab ? { theirs: otherTab.theirs } : null,
    adoptOtherTab,
  };
}
