/**
 * The editor's state: route history (the single write path), selection, the open tab,
 * validation with the build's rules, announcements and the confirmation question.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useReducer, useState } from 'react';
import { type DraftProblem, checkDraft } from '../../../core/editor/check-draft.ts';
import { createEditorState, editorReducer } from '../../../core/editor/editor-state.ts';
import { canRedo, canUndo, hasBeenEdited } from '../../../core/editor/history.ts';
import { problemTarget } from '../../../core/editor/problem-target.ts';
import { todayIso } from '../../../core/dates.ts';
import type { Route } from '../../../core/route/route-schema.ts';
import { useConfirmDialog } from '../ConfirmDialog.tsx';
import { type EditorApi, type EditorTab, type Selection, fieldId } from '../editor-context.ts';
import { type EditorOptions, optionsToRefs } from '../editor-options.ts';
import { useUndoShortcuts } from './use-undo-shortcuts.ts';

export function useEditorState(initialRoute: Route, options: EditorOptions) {
  const [history, dispatch] = useReducer(editorReducer, initialRoute, createEditorState);
  const route = history.present;
  const [rawSelection, setSelection] = useState<Selection>(null);
  const [tab, setTab] = useState<EditorTab>('stappen');
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const { confirm, dialog } = useConfirmDialog();

  const refs = useMemo(() => optionsToRefs(options), [options]);
  // Checked in a deferred render: a keystroke shows at once, its check follows right after.
  const checkedRoute = useDeferredValue(route);
  const problems = useMemo(() => checkDraft(checkedRoute, refs, todayIso()), [checkedRoute, refs]);
  const byField = useMemo(() => groupByField(problems), [problems]);

  // An undo can remove the selected item: a selection past the end means none.
  const list = rawSelection?.type === 'node' ? route.nodes : route.edges;
  const selection = rawSelection && list[rawSelection.index] ? rawSelection : null;

  const select = useCallback((next: Selection) => {
    setSelection(next);
    if (next) setTab(next.type === 'node' ? 'stappen' : 'verbindingen');
  }, []);
  const announce = useCallback((message: string) => setAnnouncement(message), []);
  const undo = useCallback(() => {
    dispatch({ type: 'undo' });
    announce('Ongedaan gemaakt.');
  }, [announce]);
  const redo = useCallback(() => {
    dispatch({ type: 'redo' });
    announce('Opnieuw gedaan.');
  }, [announce]);
  useUndoShortcuts(undo, redo);

  // An element id: focus moves once the panel that holds it has rendered, so that a
  // keyboard user never lands on <body> when the element they used disappears.
  useEffect(() => {
    if (pendingFocus === null) return;
    const target = document.getElementById(pendingFocus);
    (target ?? document.getElementById('editor-tabpanel'))?.focus();
    // The focus request is consumed once it has been carried out.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setPendingFocus(null);
  }, [pendingFocus]);

  const api: EditorApi = {
    route,
    edit: (edit, field) => dispatch({ type: 'edit', edit, ...(field ? { field } : {}) }),
    mark: () => dispatch({ type: 'mark' }),
    problems,
    problemsAt: (field) => byField.get(field) ?? NO_PROBLEMS,
    options,
    selection,
    select,
    showTab: setTab,
    focusField: (field) => setPendingFocus(fieldId(field)),
    focusElement: setPendingFocus,
    announce,
    confirm,
  };
  return {
    api,
    history: {
      canUndo: canUndo(history),
      canRedo: canRedo(history),
      undo,
      redo,
      edited: hasBeenEdited(history),
    },
    tab,
    setTab,
    announcement,
    dialog,
  };
}

const NO_PROBLEMS: readonly DraftProblem[] = [];

function groupByField(problems: readonly DraftProblem[]): Map<string, DraftProblem[]> {
  const map = new Map<string, DraftProblem[]>();
  for (const problem of problems) {
    const { field } = problemTarget(problem.path);
    map.set(field, [...(map.get(field) ?? []), problem]);
  }
  return map;
}
