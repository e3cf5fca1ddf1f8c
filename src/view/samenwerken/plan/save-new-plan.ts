/** Stores a new plan in this browser and says where it lives, or why it could not be stored. */
import { PLAN_STORE } from '../../../core/samenwerken/plan-file.ts';
import type { Plan } from '../../../core/samenwerken/plan-schema.ts';
import { planEditUrl } from '../../../core/samenwerken/samenwerken-urls.ts';
import { type WorkOrigin, newWorkId } from '../../../core/samenwerken/work-store.ts';
import { localStore } from '../work/local-store.ts';

export function saveNewPlan(
  plan: Plan,
  origin: WorkOrigin,
): { ok: true; url: string } | { ok: false; message: string } {
  const store = localStore();
  if (!store) return { ok: false, message: 'Deze browser staat opslaan niet toe.' };
  const id = newWorkId('plan', Date.now(), Math.random());
  const saved = PLAN_STORE.save(store, {
    id,
    origin,
    updatedAt: new Date().toISOString(),
    value: plan,
  });
  return saved.ok ? { ok: true, url: planEditUrl(id) } : saved;
}
