/** Undo/redo, the save state, the problem count and the live announcements. */
import { UndoRedoButtons } from '../components/undo-redo-buttons.tsx';
import { formatTime } from './format-time.ts';
import { type ProblemCounts, countsText } from './problem-counts.ts';
import type { SaveStatus } from './state/use-autosave.ts';

export interface EditorToolbarProps {
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
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
    <div className="editor-toolbar">
      <div className="button-row">
        <UndoRedoButtons
          canUndo={props.canUndo}
          canRedo={props.canRedo}
          onUndo={props.onUndo}
          onRedo={props.onRedo}
        />
      </div>
      <button
        type="button"
        className={`button problems-button${counts.errors ? ' problems-button--errors' : ''}`}
        onClick={props.onShowProblems}
      >
        {summary ? `Controle: ${summary}` : 'Controle: in orde'}
      </button>
      <p
        className={`save-status${save.state === 'failed' || save.state === 'other-tab' ? ' save-status--failed' : ''}`}
      >
        {save.state === 'saved' && `Opgeslagen in deze browser om ${formatTime(save.at)}`}
        {save.state === 'unchanged' && 'Nog niets gewijzigd'}
        {save.state === 'same-as-published' &&
          'Gelijk aan de gepubliceerde route: geen concept bewaard'}
        {save.state === 'other-tab' &&
          'Niet opgeslagen: dit concept is in een ander tabblad gewijzigd. Kies hierboven hoe je verdergaat.'}
        {save.state === 'failed' && save.message}
      </p>
      <p className="layout-status" aria-live="polite">
        {props.layoutNote}
      </p>
      <p className="visually-hidden" role="status">
        {props.announcement}
      </p>
    </div>
  );
}
