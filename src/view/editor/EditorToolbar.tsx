/** Undo/redo, the save state, the problem count and the live announcements. */
import { HistoryToolbar } from '../components/history-toolbar.tsx';
import { SaveStatusLine } from '../components/save-status-line.tsx';
import type { UndoRedoButtonsProps } from '../components/undo-redo-buttons.tsx';
import { type ProblemCounts, countsText } from './problem-counts.ts';
import type { SaveStatus } from './state/use-autosave.ts';

export interface EditorToolbarProps extends UndoRedoButtonsProps {
  save: SaveStatus;
  counts: ProblemCounts;
  onShowProblems: () => void;
  announcement: string;
  layoutNote: string;
}

export function EditorToolbar(props: EditorToolbarProps) {
  const { save, counts } = props;
  const summary = countsText(counts);
  return (
    <HistoryToolbar className="editor-toolbar" undoRedo={props} announcement={props.announcement}>
      <button
        type="button"
        className={`button problems-button${counts.errors ? ' problems-button--errors' : ''}`}
        onClick={props.onShowProblems}
      >
        {summary ? `Controle: ${summary}` : 'Controle: in orde'}
      </button>
      <SaveStatusLine save={save} unchangedText="Nog niets gewijzigd" />
      <p className="layout-status" aria-live="polite">
        {props.layoutNote}
      </p>
    </HistoryToolbar>
  );
}
