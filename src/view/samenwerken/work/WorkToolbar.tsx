/** Undo, redo, whether the work is saved, and the live announcements: above every scan and plan. */
import { UndoRedoButtons } from '../../components/undo-redo-buttons.tsx';
import type { ReactNode } from 'react';
import { formatTime } from '../../editor/format-time.ts';
import type { SaveStatus } from './use-work-autosave.ts';
import type { WorkApi } from './use-work.ts';

export function WorkToolbar({
  work,
  save,
  children,
}: {
  work: WorkApi<unknown, never>;
  save: SaveStatus;
  children?: ReactNode;
}) {
  return (
    <div className="work-toolbar">
      <div className="button-row">
        <UndoRedoButtons
          canUndo={work.canUndo}
          canRedo={work.canRedo}
          onUndo={work.undo}
          onRedo={work.redo}
        />
        {children}
      </div>
      <p className={`save-status${save.state === 'failed' ? ' save-status--failed' : ''}`}>
        {save.state === 'saved' && `Opgeslagen in deze browser om ${formatTime(save.at)}`}
        {save.state === 'unchanged' && 'Bewaard in deze browser; nog niets gewijzigd'}
        {save.state === 'failed' && save.message}
      </p>
      <p className="visually-hidden" role="status">
        {work.announcement}
      </p>
    </div>
  );
}
