/**
 * A scan or plan being worked on: its history (the one write path), undo and redo with the
 * editor's keyboard shortcuts, and a live announcement for screen-reader users.
 */
import { useCallback, useMemo, useReducer, useState } from 'react';
import {
  canRedo,
  canUndo,
  createHistory,
  hasBeenEdited,
  historyReducer,
} from '../../../core/editor/history.ts';
import { useUndoShortcuts } from '../../editor/state/use-undo-shortcuts.ts';

export interface WorkApi<T, E> {
  value: T;
  /** `field` names the field typed in: typing there is one undo step. */
  edit(edit: E, field?: string): void;
  /** Closes the open undo step (a field lost focus). */
  mark(): void;
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
  /**
   * Something was changed (or undone) since the page opened: only then is it saved. An undo
   * back to the opening state counts too, or the stored copy would keep the undone change.
   */
  changed: boolean;
  announce(message: string): void;
  announcement: string;
}

export function useWork<T, E>(initial: T, apply: (value: T, edit: E) => T): WorkApi<T, E> {
  const reducer = useMemo(() => historyReducer(apply), [apply]);
  const [history, dispatch] = useReducer(reducer, initial, createHistory<T>);
  const [announcement, setAnnouncement] = useState('');
  const undo = useCallback(() => {
    dispatch({ type: 'undo' });
    setAnnouncement('Ongedaan gemaakt.');
  }, []);
  const redo = useCallback(() => {
    dispatch({ type: 'redo' });
    setAnnouncement('Opnieuw gedaan.');
  }, []);
  useUndoShortcuts(undo, redo);
  return {
    value: history.present,
    edit: useCallback(
      (edit: E, field?: string) => dispatch({ type: 'edit', edit, ...(field ? { field } : {}) }),
      [],
    ),
    mark: useCallback(() => dispatch({ type: 'mark' }), []),
    undo,
    redo,
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    changed: hasBeenEdited(history),
    announce: setAnnouncement,
    announcement,
  };
}
