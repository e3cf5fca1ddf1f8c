/** Creating a new draft from the start page: store it, then open it. */
import type { DraftOrigin } from '../../../core/editor/draft-record.ts';
import { saveDraft } from '../../../core/editor/draft-store.ts';
import { newDraftId } from '../../../core/editor/new-draft.ts';
import type { Route } from '../../../core/route/route-schema.ts';
import { browserStore } from '../state/browser-store.ts';

export type StartResult = { ok: true; url: string } | { ok: false; message: string };

export function startDraft(route: Route, origin: DraftOrigin, slug?: string): StartResult {
  const store = browserStore();
  if (!store)
    return {
      ok: false,
      message: 'Deze browser staat opslaan niet toe, en de editor bewaart je werk in de browser.',
    };
  const id = newDraftId(Date.now(), Math.random());
  const saved = saveDraft(store, {
    id,
    origin,
    ...(slug ? { slug } : {}),
    updatedAt: new Date().toISOString(),
    route,
  });
  return saved.ok ? { ok: true, url: `/bewerken/concept?id=${id}` } : saved;
}
