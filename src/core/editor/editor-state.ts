/** The editor's state machine: the one place where the route changes. */
import type { Route } from '../route/route-schema.ts';
import { type Edit, applyEdit } from './edits.ts';
import {
  type History,
  createHistory,
  markHistory,
  pushHistory,
  redoHistory,
  undoHistory,
} from './history.ts';

export type EditorAction =
  /** `field` (a JSON Pointer such as "/nodes/3/label") merges typing in one field into one step. */
  | { type: 'edit'; edit: Edit; field?: string }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'mark' };

export type EditorState = History<Route>;

export function createEditorState(route: Route): EditorState {
  return createHistory(route);
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'edit':
      return pushHistory(state, applyEdit(state.present, action.edit), action.field ?? null);
    case 'undo':
      return undoHistory(state);
    case 'redo':
      return redoHistory(state);
    case 'mark':
      return markHistory(state);
    default: {
      const unknown: never = action;
      throw new Error(`Onbekende actie: ${JSON.stringify(unknown)}`);
    }
  }
}
