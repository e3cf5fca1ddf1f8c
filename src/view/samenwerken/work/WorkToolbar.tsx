/** Undo, redo, whether the work is saved, and the live announcements: above every scan and plan. */
import type { ReactNode } from 'react';
import { HistoryToolbar } from '../../components/history-toolbar.tsx';
import { SaveStatusLine } from '../../components/save-status-line.tsx';
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
    <HistoryToolbar
      className="work-toolbar"
      undoRedo={{
        canUndo: work.canUndo,
        canRedo: work.canRedo,
        onUndo: work.undo,
        onRedo: work.redo,
      }}
      actions={children}
      announcement={work.announcement}
    >
      <SaveStatusLine save={save} unchangedText="Bewaard in deze browser; nog niets gewijzigd" />
    </HistoryToolbar>
  );
}
