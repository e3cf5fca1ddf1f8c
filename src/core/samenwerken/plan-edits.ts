/**
 * Every change to a plan van aanpak, as data. Goals and subgoals are named by id, so an edit
 * still means the same item after another one moved. Empty optional texts are removed.
 */
import { type Patch, applyPatch, removeAt, replaceAt } from '../editor/patch.ts';
import { assertNever } from '../route/route-urls.ts';
import type { AccentGroup, Goal, Person, Plan, Scope, Subgoal } from './plan-schema.ts';

export type PlanDetails = Pick<Plan, 'practice' | 'municipality' | 'date' | 'contact'>;
export type RowPatch = Patch<Pick<Goal, 'text' | 'activities' | 'who' | 'evaluation'>>;
export type Move = -1 | 1;

export type PlanEdit =
  | { type: 'updateDetails'; patch: Patch<PlanDetails> }
  | { type: 'addPerson' }
  | { type: 'updatePerson'; index: number; patch: Patch<Person> }
  | { type: 'removePerson'; index: number }
  | { type: 'toggleAccent'; group: AccentGroup; id: string; on: boolean }
  | { type: 'setAccentNote'; group: AccentGroup; note: string }
  | { type: 'addGoals'; goals: Goal[] }
  | { type: 'updateGoal'; goal: string; patch: RowPatch }
  | { type: 'removeGoal'; goal: string }
  | { type: 'moveGoal'; goal: string; by: Move }
  | { type: 'addSubgoal'; goal: string; subgoal: Subgoal }
  | { type: 'updateSubgoal'; goal: string; subgoal: string; patch: RowPatch }
  | { type: 'removeSubgoal'; goal: string; subgoal: string }
  | { type: 'moveSubgoal'; goal: string; subgoal: string; by: Move }
  | { type: 'updateScope'; patch: Patch<Scope> }
  | { type: 'toggleRoute'; slug: string; on: boolean }
  /** Import: the whole plan at once, still one undoable step. */
  | { type: 'replacePlan'; plan: Plan };

export function applyPlanEdit(plan: Plan, edit: PlanEdit): Plan {
  switch (edit.type) {
    case 'updateDetails':
      return applyPatch<Plan>(plan, edit.patch);
    case 'addPerson':
      return { ...plan, filledBy: [...plan.filledBy, { role: '' }] };
    case 'updatePerson': {
      const person = plan.filledBy[edit.index];
      if (!person) return plan;
      return {
        ...plan,
        filledBy: replaceAt(plan.filledBy, edit.index, applyPatch(person, edit.patch)),
      };
    }
    case 'removePerson':
      return { ...plan, filledBy: removeAt(plan.filledBy, edit.index) };
    case 'toggleAccent':
      return withAccent(plan, edit.group, (accent) => ({
        ...accent,
        chosen: toggled<string>(accent.chosen, edit.id, edit.on),
      }));
    case 'setAccentNote':
      return withAccent(plan, edit.group, (accent) =>
        applyPatch(accent, { note: edit.note === '' ? undefined : edit.note }),
      );
    case 'addGoals':
      return { ...plan, goals: [...plan.goals, ...edit.goals] };
    case 'updateGoal':
      return withGoal(plan, edit.goal, (goal) => applyPatch<Goal>(goal, clean(edit.patch)));
    case 'removeGoal':
      return { ...plan, goals: plan.goals.filter((goal) => goal.id !== edit.goal) };
    case 'moveGoal':
      return { ...plan, goals: moved(plan.goals, edit.goal, edit.by) };
    case 'addSubgoal':
      return withGoal(plan, edit.goal, (goal) => ({
        ...goal,
        subgoals: [...goal.subgoals, edit.subgoal],
      }));
    case 'updateSubgoal':
      return withGoal(plan, edit.goal, (goal) => ({
        ...goal,
        subgoals: goal.subgoals.map((subgoal) =>
          subgoal.id === edit.subgoal ? applyPatch<Subgoal>(subgoal, clean(edit.patch)) : subgoal,
        ),
      }));
    case 'removeSubgoal':
      return withGoal(plan, edit.goal, (goal) => ({
        ...goal,
        subgoals: goal.subgoals.filter((subgoal) => subgoal.id !== edit.subgoal),
      }));
    case 'moveSubgoal':
      return withGoal(plan, edit.goal, (goal) => ({
        ...goal,
        subgoals: moved(goal.subgoals, edit.subgoal, edit.by),
      }));
    case 'updateScope':
      return { ...plan, scope: applyPatch(plan.scope, clean(edit.patch)) };
    case 'toggleRoute':
      return { ...plan, routes: toggled(plan.routes, edit.slug, edit.on) };
    case 'replacePlan':
      return edit.plan;
    default:
      return assertNever(edit);
  }
}

/** The three accent groups alike: chosen ids (checked against their list by the schema) and a note. */
type AnyAccent = { chosen: string[]; note?: string };

function withAccent(
  plan: Plan,
  group: AccentGroup,
  change: (accent: AnyAccent) => AnyAccent,
): Plan {
  return { ...plan, accents: { ...plan.accents, [group]: change(plan.accents[group]) } };
}

function withGoal(plan: Plan, id: string, change: (goal: Goal) => Goal): Plan {
  return { ...plan, goals: plan.goals.map((goal) => (goal.id === id ? change(goal) : goal)) };
}

/** Optional texts that are emptied are removed; `text` itself stays, also when empty. */
function clean<T extends object>(patch: T): T {
  return Object.fromEntries(
    Object.entries(patch).map(([key, value]) => [
      key,
      value === '' && key !== 'text' ? undefined : value,
    ]),
  ) as T;
}

function toggled<T extends string>(list: readonly T[], id: string, on: boolean): T[] {
  const without = list.filter((item) => item !== id);
  return on ? [...without, id as T] : without;
}

function moved<T extends { id: string }>(items: readonly T[], id: string, by: Move): T[] {
  const from = items.findIndex((item) => item.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= items.length) return [...items];
  const copy = [...items];
  [copy[from], copy[to]] = [copy[to] as T, copy[from] as T];
  return copy;
}
