/**
 * Undo history as plain data, after tldraw's HistoryManager and excalidraw's history.ts:
 * past and future stacks around the present, and a coalescing key so that typing in one
 * field is one step. A mark (blur, or any other action) closes the open step.
 */
export const HISTORY_LIMIT = 200;

export interface History<T> {
  /** Oldest first; the last entry is what undo returns to. */
  past: readonly T[];
  present: T;
  /** Next first: the first entry is what redo returns to. */
  future: readonly T[];
  /** The key of the step still open for merging, or null after a mark. */
  openKey: string | null;
}

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], openKey: null };
}

/**
 * Records a new present. With the same key as the open step (the same field, still being
 * typed in), the step is extended instead of a new one added.
 */
export function pushHistory<T>(
  history: History<T>,
  next: T,
  key: string | null = null,
  limit = HISTORY_LIMIT,
): History<T> {
  if (Object.is(next, history.present)) return history;
  if (key !== null && key === history.openKey) return { ...history, present: next, future: [] };
  const past = [...history.past, history.present];
  return {
    past: past.length > limit ? past.slice(past.length - limit) : past,
    present: next,
    future: [],
    openKey: key,
  };
}

export function markHistory<T>(history: History<T>): History<T> {
  return history.openKey === null ? history : { ...history, openKey: null };
}

export function undoHistory<T>(history: History<T>): History<T> {
  const previous = history.past[history.past.length - 1];
  if (history.past.length === 0) return markHistory(history);
  return {
    past: history.past.slice(0, -1),
    present: previous as T,
    future: [history.present, ...history.future],
    openKey: null,
  };
}

export function redoHistory<T>(history: History<T>): History<T> {
  if (history.future.length === 0) return markHistory(history);
  const [next, ...rest] = history.future;
  return {
    past: [...history.past, history.present],
    present: next as T,
    future: rest,
    openKey: null,
  };
}

export const canUndo = (history: History<unknown>) => history.past.length > 0;
export const canRedo = (history: History<unknown>) => history.future.length > 0;

/**
 * What a page does to its history, as data: the one write path of the route editor and of
 * the scan and plan forms. `field` (a JSON Pointer such as "/nodes/3/label") merges typing in
 * one field into one step.
 */
export type HistoryAction<E> =
  | { type: 'edit'; edit: E; field?: string }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'mark' };

/** The reducer of a history whose values change only by edits, applied by the pure `apply`. */
export function historyReducer<T, E>(apply: (value: T, edit: E) => T) {
  return (history: History<T>, action: HistoryAction<E>): History<T> => {
    switch (action.type) {
      case 'edit':
        return pushHistory(history, apply(history.present, action.edit), action.field ?? null);
      case 'undo':
        return undoHistory(history);
      case 'redo':
        return redoHistory(history);
      case 'mark':
        return markHistory(history);
      default: {
        const unknown: never = action;
        throw new Error(`Onbekende actie: ${JSON.stringify(unknown)}`);
      }
    }
  };
}

/** Anything was done in this history, even when undo has taken it all back. */
export const hasBeenEdited = (history: History<unknown>) =>
  history.past.length > 0 || history.future.length > 0;
