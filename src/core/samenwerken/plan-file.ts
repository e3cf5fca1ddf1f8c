/**
 * A plan van aanpak as a file: pretty-printed JSON with the `$schema` line first and the keys
 * in the order of the form, so the same plan always gives the same bytes.
 */
import { slugify } from '../editor/new-ids.ts';
import { fieldNamesOf } from '../schema-fields.ts';
import {
  type Goal,
  type Plan,
  PLAN_SCHEMA_PATH,
  PLAN_TYPE,
  accentsSchema,
  goalSchema,
  personSchema,
  planSchema,
  scopeSchema,
  subgoalSchema,
} from './plan-schema.ts';
import type { WorkFormat } from './work-file.ts';
import { createWorkStore } from './work-store.ts';

export const PLAN_FORMAT: WorkFormat<Plan> = {
  schema: planSchema,
  type: PLAN_TYPE,
  noun: 'een plan van aanpak',
  fieldNames: fieldNamesOf(
    planSchema,
    personSchema,
    goalSchema,
    subgoalSchema,
    accentsSchema,
    scopeSchema,
  ),
};

export const PLAN_STORE = createWorkStore('routekaart:plan:', PLAN_FORMAT, 'je plan');
export const PLAN_SHARE_PARAMETER = 'plan';

const keysOf = (schema: { shape: object }) => Object.keys(schema.shape);

function ordered<T extends object>(value: T, keys: readonly string[]): T {
  const source = value as Record<string, unknown>;
  return Object.fromEntries(
    keys.filter((key) => source[key] !== undefined).map((key) => [key, source[key]]),
  ) as T;
}

export function canonicalPlan(plan: Plan): Plan {
  const goal = (item: Goal): Goal =>
    ordered(
      { ...item, subgoals: item.subgoals.map((sub) => ordered(sub, keysOf(subgoalSchema))) },
      keysOf(goalSchema),
    );
  const accent = (item: { chosen: string[]; note?: string }) => ordered(item, ['chosen', 'note']);
  return ordered(
    {
      ...plan,
      $schema: PLAN_SCHEMA_PATH,
      filledBy: plan.filledBy.map((person) => ordered(person, keysOf(personSchema))),
      accents: {
        areas: accent(plan.accents.areas),
        forms: accent(plan.accents.forms),
        levels: accent(plan.accents.levels),
      } as Plan['accents'],
      goals: plan.goals.map(goal),
      scope: ordered(plan.scope, keysOf(scopeSchema)),
    },
    [
      '$schema',
      'type',
      'version',
      'practice',
      'municipality',
      'date',
      'contact',
      'filledBy',
      'accents',
      'goals',
      'scope',
      'routes',
    ],
  );
}

export function planFileText(plan: Plan): string {
  return JSON.stringify(canonicalPlan(plan), null, 2) + '\n';
}

/** "plan-van-aanpak-de-linde-voorbeeldstad.json" */
export function planFileName(plan: Plan): string {
  const slug = slugify([plan.practice, plan.municipality ?? ''].join(' '), '');
  return `plan-van-aanpak${slug ? `-${slug}` : ''}.json`;
}
