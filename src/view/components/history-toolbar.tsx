/**
 * The bar above every editable thing (a route in the editor, a scan, a plan): undo and redo
 * with room for more buttons, what else the page shows there, and a live announcement, so a
 * screen reader hears what an undo or an import did.
 */
import type { ReactNode } from 'react';
import { type UndoRedoButtonsProps, UndoRedoButtons } from './undo-redo-buttons.tsx';

export function HistoryToolbar({
  className,
  undoRedo,
  actions,
  announcement,
  children,
}: {
  className: string;
  undoRedo: UndoRedoButtonsProps;
  /** More buttons or links in the row of undo and redo. */
  actions?: ReactNode;
  announcement: string;
  /** Shown after the row: the save state and the like. */
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <div className="button-row">
        <UndoRedoButtons {...undoRedo} />
        {actions}
      </div>
      {children}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
