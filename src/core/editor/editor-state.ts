/** The editor's state machine: the one place where the route changes. */
import type { Route } from '../route/route-schema.ts';
import { type Edit, applyEdit } from './edits.ts';
import { type History, type HistoryAction, createHistory, historyReducer } from './history.ts';

export type EditorAction = HistoryAction<Edit>;

export type EditorState = History<Route>;

export function createEditorState(route: Route): EditorState {
  return createHistory(route);
}

export const editorReducer = historyReducer(applyEdit);
