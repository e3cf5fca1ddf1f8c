/**
 * What the autosave does after a change. A route opened from its published page is stored
 * only once it differs from the published version, so browsing does not pile up drafts; and
 * when undo (or retyping) brings it back to the published version, the stored draft goes too,
 * or a reload would bring back an edit the user had undone.
 */
import type { Route } from '../route/route-schema.ts';
import { routeFileText } from './route-file.ts';

export type AutosavePlan = 'wait' | 'save' | 'discard';

export interface AutosaveInput {
  /** Anything was changed in this editor session (an undo back to the start counts). */
  edited: boolean;
  route: Route;
  /** The published route, when the draft is this browser's copy of it. */
  published?: Route;
}

export function planAutosave({ edited, route, published }: AutosaveInput): AutosavePlan {
  // Nothing edited: the store already holds what was opened (or, for a published route, nothing).
  if (!edited) return 'wait';
  if (published && sameRoute(route, published)) return 'discard';
  return 'save';
}

function sameRoute(a: Route, b: Route): boolean {
  return a === b || routeFileText(a) === routeFileText(b);
}
