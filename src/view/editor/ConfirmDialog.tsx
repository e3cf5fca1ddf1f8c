/**
 * The one confirmation question of the editor, as a modal <dialog>: focus moves into it,
 * Escape cancels, and the browser returns focus to where it was. Cancel is the default.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConfirmQuestion } from './editor-context.ts';

interface Pending extends ConfirmQuestion {
  answer: (ok: boolean) => void;
}

export function useConfirmDialog() {
  const [pending, setPending] = useState<Pending | null>(null);
  const confirm = useCallback(
    (question: ConfirmQuestion) =>
      new Promise<boolean>((resolve) => setPending({ ...question, answer: resolve })),
    [],
  );
  const close = (ok: boolean) => {
    pending?.answer(ok);
    setPending(null);
  };
  const dialog = pending ? <ConfirmDialog question={pending} onClose={close} /> : null;
  return { confirm, dialog };
}

function ConfirmDialog({
  question,
  onClose,
}: {
  question: ConfirmQuestion;
  onClose: (ok: boolean) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby="bevestig-titel"
      aria-describedby="bevestig-tekst"
      onCancel={(event) => {
        event.preventDefault();
        onClose(false);
      }}
    >
      <h2 id="bevestig-titel">{question.title}</h2>
      <p id="bevestig-tekst">{question.message}</p>
      <div className="button-row">
        <button type="button" className="button" autoFocus onClick={() => onClose(false)}>
          Annuleren
        </button>
        <button type="button" className="button button--danger" onClick={() => onClose(true)}>
          {question.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
