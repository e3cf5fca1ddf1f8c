/**
 * Layouts the editor already has: in memory for this page (undo, redo, retyping a label),
 * and the last layout of each recent draft in localStorage (reopening a draft). Both are
 * caches in front of ELK; the same layout module and LAYOUT_VERSION made every entry, so
 * a hit is exactly what ELK would answer.
 */
import { LAYOUT_VERSION } from '../../../layout/layout-route.ts';
import { createLayoutMemo } from '../../../layout/layout-memo.ts';
import type { RouteLayout } from '../../../layout/layout-types.ts';
import {
  type SavedLayout,
  savedLayoutFor,
  savedLayoutsFromText,
  savedLayoutsToText,
  withSavedLayout,
} from '../../../layout/saved-layouts.ts';
import { browserStore } from '../state/browser-store.ts';

/** Outside the drafts' key prefix, so the draft list never mistakes it for a draft. */
export const SAVED_LAYOUTS_KEY = 'routekaart:opmaak';
/** ~20–60 KB per 60-step route: small next to the drafts, which always come first. */
const SAVED_DRAFTS = 6;
const MEMO_SIZE = 60;

const memo = createLayoutMemo(MEMO_SIZE);
let saved: SavedLayout[] | null = null;

function savedLayouts(): SavedLayout[] {
  saved ??= savedLayoutsFromText(
    browserStore()?.getItem(SAVED_LAYOUTS_KEY) ?? null,
    LAYOUT_VERSION,
  );
  return saved;
}

export function knownLayout(key: string, draftId?: string): RouteLayout | undefined {
  const remembered = memo.get(key);
  if (remembered !== undefined || draftId === undefined) return remembered;
  const stored = savedLayoutFor(savedLayouts(), draftId, key);
  if (stored !== undefined) memo.set(key, stored);
  return stored;
}

export function rememberLayout(key: string, layout: RouteLayout, draftId?: string): void {
  memo.set(key, layout);
  if (draftId === undefined) return;
  saved = withSavedLayout(savedLayouts(), { draftId, key, layout }, SAVED_DRAFTS);
  try {
    browserStore()?.setItem(SAVED_LAYOUTS_KEY, savedLayoutsToText(saved, LAYOUT_VERSION));
  } catch {
    // Storage full: the cache gives way, so the drafts keep the room they need.
    forgetSavedLayouts();
  }
}

/** Frees the cache's room in storage; drafts call this when their own save does not fit. */
export function forgetSavedLayouts(): void {
  saved = [];
  try {
    browserStore()?.removeItem(SAVED_LAYOUTS_KEY);
  } catch {
    // Nothing stored, or storage refused: either way there is nothing left to free.
  }
}
