/** "Ongedaan maken" and "Opnieuw", with their shortcuts: the editor's and the samenwerken forms'. */
export interface UndoRedoButtonsProps {
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
}

export function UndoRedoButtons({ canUndo, canRedo, onUndo, onRedo }: UndoRedoButtonsProps) {
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={onUndo}
        disabled={!canUndo}
        aria-keyshortcuts="Control+Z Meta+Z"
      >
        <span aria-hidden="true">↶ </span>Ongedaan maken
      </button>
      <button
        type="button"
        className="button"
        onClick={onRedo}
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
      >
        <span aria-hidden="true">↷ </span>Opnieuw
      </button>
    </>
  );
}
