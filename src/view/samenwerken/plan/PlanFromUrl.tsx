/**
 * /samenwerken/plan/bewerken: opens the plan named by `?id=`, or, for a share link
 * (`#plan=…`), stores the shared plan as a new plan first: a link never overwrites a plan.
 */
import { type ReactNode, useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import {
  PLAN_FORMAT,
  PLAN_SHARE_PARAMETER,
  PLAN_STORE,
} from '../../../core/samenwerken/plan-file.ts';
import type { Plan } from '../../../core/samenwerken/plan-schema.ts';
import { PLAN_URL } from '../../../core/samenwerken/samenwerken-urls.ts';
import type { LoadedWork, StoredWork } from '../../../core/samenwerken/work-store.ts';
import { decodeWorkData, fragmentData } from '../../../core/samenwerken/work-share.ts';
import { localStore } from '../work/local-store.ts';
import { useStorageRead } from '../../editor/state/use-storage-read.ts';
import { SetAsideNotice } from '../../editor/start/SetAsideNotice.tsx';
import { WorkMissing } from '../scan/ScanFromUrl.tsx';
import { saveNewPlan } from './save-new-plan.ts';

export function PlanFromUrl({ children }: { children: (stored: StoredWork<Plan>) => ReactNode }) {
  const navigate = useNavigate();
  const location = useLocation();
  const id = new URLSearchParams(location.search).get('id');
  const shared = fragmentData(location.hash, PLAN_SHARE_PARAMETER);
  const [shareError, setShareError] = useState('');

  useEffect(() => {
    if (shared === null) return;
    let current = true;
    decodeWorkData(shared, PLAN_FORMAT).then((decoded) => {
      if (!current) return;
      if (!decoded.ok) return setShareError(decoded.message);
      const saved = saveNewPlan(decoded.values[0] as Plan, 'share');
      if (!saved.ok) return setShareError(saved.message);
      navigate(saved.url, { replace: true });
    });
    return () => {
      current = false;
    };
  }, [shared, navigate]);

  const missing = (message: string) => (
    <WorkMissing message={message} back={PLAN_URL} backText="Naar je plannen van aanpak" />
  );
  if (shared !== null)
    return shareError ? missing(shareError) : <p role="status">Het gedeelde plan wordt geopend…</p>;
  if (!id) return missing('Er is geen plan gekozen.');
  return (
    <StoredPlan key={id} id={id} missing={missing}>
      {children}
    </StoredPlan>
  );
}

function StoredPlan({
  id,
  missing,
  children,
}: {
  id: string;
  missing: (message: string) => ReactNode;
  children: (stored: StoredWork<Plan>) => ReactNode;
}) {
  const loaded = useStorageRead<LoadedWork<Plan>>(() => {
    const store = localStore();
    return store ? PLAN_STORE.load(store, id) : { status: 'missing' };
  });
  if (!loaded) return <p>Je plan wordt gelezen…</p>;
  if (loaded.status === 'set-aside') return <SetAsideNotice items={[loaded.setAside]} />;
  if (loaded.status === 'missing')
    return missing(
      'Dit plan staat niet (meer) in deze browser. Plannen worden per browser bewaard.',
    );
  return <>{children(loaded.work)}</>;
}
