/** Whether the work in this browser is saved, in words: the editor's and the scan and plan forms'. */
import { formatTime } from '../editor/format-time.ts';
import type { SaveStatus } from '../editor/state/use-autosave.ts';

export function SaveStatusLine({
  save,
  unchangedText,
}: {
  save: SaveStatus;
  /** Said before the first change; a scan or plan is already stored by then, a draft is not. */
  unchangedText: string;
}) {
  const failed = save.state === 'failed' || save.state === 'other-tab';
  return (
    <p className={`save-status${failed ? ' save-status--failed' : ''}`}>
      {save.state === 'saved' && `Opgeslagen in deze browser om ${formatTime(save.at)}`}
      {save.state === 'unchanged' && unchangedText}
      {save.state === 'same-as-published' &&
        'Gelijk aan de gepubliceerde route: geen concept bewaard'}
      {save.state === 'other-tab' &&
        'Niet opgeslagen: dit concept is in een ander tabblad gewijzigd. Kies hierboven hoe je verdergaat.'}
      {save.state === 'failed' && save.message}
    </p>
  );
}
