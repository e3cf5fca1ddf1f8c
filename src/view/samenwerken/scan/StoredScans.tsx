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
import { useConfirmDialog } from '../../editor/ConfirmDialog.tsx';
import { formatDateTime } from '../../editor/format-time.ts';
import { localStore } from '../work/local-store.ts';
import { ORIGIN_TEXT } from '../work/origin-text.ts';
import { progressText, scanTitle } from './scan-words.ts';

export function StoredScans({ items }: { items: readonly StoredWork<Scan>[] }) {
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<string[]>([]);
  const [discarded, setDiscarded] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const [chooseError, setChooseError] = useState('');
  const { confirm, dialog } = useConfirmDialog();
  const list = items.filter((item) => !discarded.includes(item.id));

  const discard = async (item: StoredWork<Scan>) => {
    const title = scanTitle(item.value);
    const ok = await confirm({
      title: `Zelfscan "${title}" weggooien?`,
      message:
        'De zelfscan wordt uit deze browser verwijderd. Dat kan niet ongedaan worden gemaakt.',
      confirmLabel: 'Zelfscan weggooien',
    });
    if (!ok) return;
    const store = localStore();
    if (store) SCAN_STORE.discard(store, item.id);
    setDiscarded((ids) => [...ids, item.id]);
    setChosen((ids) => ids.filter((id) => id !== item.id));
    setMessage(`Zelfscan "${title}" weggegooid.`);
  };

  const showTogether = () => {
    const ids = list.filter((item) => chosen.includes(item.id)).map((item) => item.id);
    if (ids.length === 0) return setChooseError('Kies eerst een of meer zelfscans.');
    navigate(scanResultUrl(ids));
  };

  return (
    <section aria-labelledby="opgeslagen-kop" className="panel-section">
      <h2 id="opgeslagen-kop">Zelfscans in deze browser</h2>
      {list.length === 0 ? (
        <p>Er staan nog geen zelfscans in deze browser.</p>
      ) : (
        <>
          <ul className="draft-list">
            {list.map((item) => {
              const title = scanTitle(item.value);
              return (
                <li key={item.id} className="card scan-card">
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
                    <button type="button" className="link-button" onClick={() => discard(item)}>
                      Weggooien<span className="visually-hidden">: {title}</span>
                    </button>
                  </span>
                  <label className="choice">
                    <input
                      type="checkbox"
                      checked={chosen.includes(item.id)}
                      onChange={(event) => {
                        setChooseError('');
                        setChosen((ids) =>
                          event.target.checked
                            ? [...ids, item.id]
                            : ids.filter((id) => id !== item.id),
                        );
                      }}
                    />{' '}
                    Samen bekijken<span className="visually-hidden">: {title}</span>
                  </label>
                </li>
              );
            })}
          </ul>
          <button type="button" className="button button--primary" onClick={showTogether}>
            Bekijk de gekozen zelfscans samen ({chosen.length})
          </button>
          {chooseError && (
            <p className="field-problem field-problem--error" role="alert">
              {chooseError}
            </p>
          )}
        </>
      )}
      <p role="status">{message}</p>
      {dialog}
    </section>
  );
}
