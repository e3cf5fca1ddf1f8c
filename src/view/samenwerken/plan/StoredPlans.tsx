/** The plans in this browser, newest change first: continue, print, or throw away after a question. */
import { Link } from 'react-router';
import { PLAN_STORE } from '../../../core/samenwerken/plan-file.ts';
import type { Plan } from '../../../core/samenwerken/plan-schema.ts';
import { planEditUrl, planPrintUrl } from '../../../core/samenwerken/samenwerken-urls.ts';
import type { StoredWork } from '../../../core/samenwerken/work-store.ts';
import { formatDateTime } from '../../editor/format-time.ts';
import { ORIGIN_TEXT } from '../work/origin-text.ts';
import { type StoredWorkKind, StoredWorkList } from '../work/StoredWorkList.tsx';
import { planTitle } from './plan-words.ts';

const PLANS: StoredWorkKind<Plan> = {
  store: PLAN_STORE,
  titleOf: planTitle,
  headingId: 'plannen-kop',
  heading: 'Plannen in deze browser',
  empty: 'Er staan nog geen plannen in deze browser.',
  noun: 'Plan',
  subject: 'Het plan',
};

export function StoredPlans({ items }: { items: readonly StoredWork<Plan>[] }) {
  return (
    <StoredWorkList
      items={items}
      kind={PLANS}
      card={(item, title, discardButton) => {
        const goals = item.value.goals.length;
        return (
          <>
            <Link to={planEditUrl(item.id)}>{title}</Link>
            <span className="card-meta">
              {goals === 1 ? '1 doel' : `${goals} doelen`} · {ORIGIN_TEXT[item.origin]} · laatst
              gewijzigd {formatDateTime(item.updatedAt)}
            </span>
            <span className="scan-card-actions">
              <Link to={planPrintUrl(item.id)}>
                Afdrukken<span className="visually-hidden">: {title}</span>
              </Link>
              {discardButton}
            </span>
          </>
        );
      }}
    />
  );
}
