/**
 * The single write path of the scan and plan pages, as the route editor's (editor-state.ts):
 * an edit is data, a pure function applies it, and the shared history (editor/history.ts)
 * records it, so undo, redo and autosave follow from one stream of values.
 */
import {
  type History,
  createHistory,
  markHistory,
  pushHistory,
  redoHistory,
  undoHistory,
} from '../editor/history.ts';
import { assertNever } from '../route/route-urls.ts';

export type WorkAction<E> =
  /** `field` names the field typed in: typing there merges into one undo step. */
  | { type: 'edit'; edit: E; field?: string }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'mark' };

export { createHistory as createWorkHistory, type History };

export function workReducer<T, E>(apply: (value: T, edit: E) => T) {
  return (state: History<T>, action: WorkAction<E>): History<T> => {
    switch (action.type) {
      case 'edit':
        return pushHistory(state, apply(state.present, action.edit), action.field ?? null);
      case 'undo':
        return undoHistory(state);
      case 'redo':
        return redoHistory(state);
      case 'mark':
        return markHistory(state);
      default:
        return assertNever(action);
    }
  };
}
