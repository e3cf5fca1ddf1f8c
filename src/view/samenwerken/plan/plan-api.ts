import type { PlanEdit } from '../../../core/samenwerken/plan-edits.ts';
import type { Plan } from '../../../core/samenwerken/plan-schema.ts';
import type { WorkApi } from '../work/use-work.ts';

/** What every part of the plan form gets: the plan and its one write path. */
export type PlanApi = WorkApi<Plan, PlanEdit>;
