/** The plans in this browser, newest change first: continue, print, or throw away after a question. */
import { useState } from 'react';
import { Link } from 'react-router';
import { PLAN_STORE } from '../../../core/samenwerken/plan-file.ts';
import type { Plan } from '../../../core/samenwerken/plan-schema.ts';
import { planEditUrl, planPrintUrl } from '../../../core/samenwerken/samenwerken-urls.ts';
import type { StoredWork } from '../../../core/samenwerken/work-store.ts';
import { useConfirmDialog } from '../../editor/ConfirmDialog.tsx';
import { formatDateTime } from '../../editor/format-time.ts';
import { localStore } from '../work/local-store.ts';
import { ORIGIN_TEXT } from '../work/origin-text.ts';
import { planTitle } from './plan-words.ts';

export function StoredPlans({ items }: { items: readonly StoredWork<Plan>[] }) {
  const [discarded, setDiscarded] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const { confirm, dialog } = useConfirmDialog();
  const list = items.filter((item) => !discarded.includes(item.id));
  const discard = async (item: StoredWork<Plan>) => {
    const title = planTitle(item.value);
    const ok = await confirm({
      title: `Plan "${title}" weggooien?`,
      message: 'Het plan wordt uit deze browser verwijderd. Dat kan niet ongedaan worden gemaakt.',
      confirmLabel: 'Plan weggooien',
    });
    if (!ok) return;
    const store = localStore();
    if (store) PLAN_STORE.discard(store, item.id);
    setDiscarded((ids) => [...ids, item.id]);
    setMessage(`Plan "${title}" weggegooid.`);
  };
  return (
    <section aria-labelledby="plannen-kop" className="panel-section">
      <h2 id="plannen-kop">Plannen in deze browser</h2>
      {list.length === 0 ? (
        <p>Er staan nog geen plannen in deze browser.</p>
      ) : (
        <ul className="draft-list">
          {list.map((item) => {
            const title = planTitle(item.value);
            const goals = item.value.goals.length;
            return (
              <li key={item.id} className="card scan-card">
                <Link to={planEditUrl(item.id)}>{title}</Link>
                <span className="card-meta">
                  {goals === 1 ? '1 doel' : `${goals} doelen`} · {ORIGIN_TEXT[item.origin]} · laatst
                  gewijzigd {formatDateTime(item.updatedAt)}
                </span>
                <span className="scan-card-actions">
                  <Link to={planPrintUrl(item.id)}>
                    Afdrukken<span className="visually-hidden">: {title}</span>
                  </Link>
                  <button type="button" className="link-button" onClick={() => discard(item)}>
                    Weggooien<span className="visually-hidden">: {title}</span>
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <p role="status">{message}</p>
      {dialog}
    </section>
  );
}
