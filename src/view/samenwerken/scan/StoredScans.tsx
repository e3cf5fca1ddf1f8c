/**
 * The scans in this browser: continue one, see its result, throw it away after a question,
 * or tick several to see a team's answers together.
 */
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { SCAN_STORE } from '../../../core/samenwerken/scan-file.ts';
import type { Scan } from '../../../core/samenwerken/scan-schema.ts';
import { scanFillUrl, scanResultUrl } from '../../../core/samenwerken/samenwerken-urls.ts';
import type { StoredWork } from '../../../core/samenwerken/work-store.ts';
import { formatDateTime } from '../../editor/format-time.ts';
import { ORIGIN_TEXT } from '../work/origin-text.ts';
import { type StoredWorkKind, StoredWorkList } from '../work/StoredWorkList.tsx';
import { progressText, scanTitle } from './scan-words.ts';

const SCANS: StoredWorkKind<Scan> = {
  store: SCAN_STORE,
  titleOf: scanTitle,
  headingId: 'opgeslagen-kop',
  heading: 'Zelfscans in deze browser',
  empty: 'Er staan nog geen zelfscans in deze browser.',
  noun: 'Zelfscan',
  subject: 'De zelfscan',
};

export function StoredScans({ items }: { items: readonly StoredWork<Scan>[] }) {
  const navigate = useNavigate();
  // Never holds a discarded scan: discarding one takes it out.
  const [chosen, setChosen] = useState<string[]>([]);
  const [chooseError, setChooseError] = useState('');
  const unchoose = (id: string) => setChosen((ids) => ids.filter((other) => other !== id));
  const choose = (id: string, on: boolean) => {
    setChooseError('');
    if (on) setChosen((ids) => [...ids, id]);
    else unchoose(id);
  };
  const showTogether = () => {
    const ids = items.filter((item) => chosen.includes(item.id)).map((item) => item.id);
    if (ids.length === 0) return setChooseError('Kies eerst een of meer zelfscans.');
    navigate(scanResultUrl(ids));
  };

  return (
    <StoredWorkList
      items={items}
      kind={SCANS}
      onDiscarded={unchoose}
      card={(item, title, discardButton) => (
        <>
          <span className="scan-card-title">{title}</span>
          <span className="card-meta">
            {progressText(item.value)} · {ORIGIN_TEXT[item.origin]} · laatst gewijzigd{' '}
            {formatDateTime(item.updatedAt)}
          </span>
          <span className="scan-card-actions">
            <Link to={scanFillUrl(item.id)}>
              Invullen<span className="visually-hidden">: {title}</span>
            </Link>
            <Link to={scanResultUrl([item.id])}>
              Uitkomst<span className="visually-hidden">: {title}</span>
            </Link>
            {discardButton}
          </span>
          <label className="choice">
            <input
              type="checkbox"
              checked={chosen.includes(item.id)}
              onChange={(event) => choose(item.id, event.target.checked)}
            />{' '}
            Samen bekijken<span className="visually-hidden">: {title}</span>
          </label>
        </>
      )}
    >
      <button type="button" className="button button--primary" onClick={showTogether}>
        Bekijk de gekozen zelfscans samen ({chosen.length})
      </button>
      {chooseError && (
        <p className="field-problem field-problem--error" role="alert">
          {chooseError}
        </p>
      )}
    </StoredWorkList>
  );
}
