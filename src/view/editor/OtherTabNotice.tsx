/**
 * Another tab stored this draft while this tab had it open. Saving here has stopped, so
 * neither version overwrites the other unseen; the user picks how to go on. Both ways keep
 * everything: opening the other version is one undoable step (undo brings this tab's version
 * back), and keeping this version stores it as a draft of its own.
 */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Draft } from '../../core/editor/draft-record.ts';
import type { Route } from '../../core/route/route-schema.ts';
import { formatTime } from './format-time.ts';
import { startDraft } from './start/start-draft.ts';
import type { AutosaveTarget } from './state/use-autosave.ts';

export interface OtherTabNoticeProps {
  theirs: Draft | null;
  mine: Route;
  draft: AutosaveTarget;
  onOpenTheirs: () => void;
}

export function OtherTabNotice({ theirs, mine, draft, onOpenTheirs }: OtherTabNoticeProps) {
  const navigate = useNavigate();
  const [error, setError] = useState('');
  const keepMine = () => {
    const started = startDraft(mine, draft.origin, draft.slug);
    if (started.ok) navigate(started.url);
    else setError(started.message);
  };
  return (
    <div className="editor-notice editor-notice--warning" role="alert">
      <p>
        <strong>Dit concept is in een ander tabblad gewijzigd</strong>
        {theirs && ` (om ${formatTime(new Date(theirs.updatedAt))})`}. Je wijzigingen hier worden
        niet meer opgeslagen tot je kiest, zodat geen van beide versies verloren gaat.
      </p>
      <div className="button-row">
        {theirs && (
          <button type="button" className="button" onClick={onOpenTheirs}>
            Versie uit het andere tabblad openen
          </button>
        )}
        <button type="button" className="button button--primary" onClick={keepMine}>
          Mijn versie als nieuw concept bewaren
        </button>
      </div>
      {theirs && (
        <p className="field-hint">
          Open je de andere versie, dan haal je je eigen versie terug met Ongedaan maken.
        </p>
      )}
      {error && <p className="field-problem field-problem--error">{error}</p>}
    </div>
  );
}
