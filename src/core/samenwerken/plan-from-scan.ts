/**
 * Turning what a self-scan found into a plan: every element marked "kan beter" becomes a
 * starting goal that names its element, ready for the team to make concrete.
 */
import { uniqueId } from '../editor/new-ids.ts';
import { type CombinedScan, combineScans, improvementElements } from './combine-scans.ts';
import type { ElementId } from './samenwerken-ids.ts';
import { type Goal, type Plan, newPlan } from './plan-schema.ts';
import type { Scan } from './scan-schema.ts';

export function goalText(title: string): string {
  return `Beter samenwerken op: ${title}`;
}

/** Goals for the chosen elements, skipping those the plan already has a goal for. */
export function goalsForElements(
  plan: Plan,
  elements: readonly ElementId[],
  titles: Readonly<Record<string, string>>,
): Goal[] {
  const taken = new Set(plan.goals.map((goal) => goal.id));
  const present = new Set(plan.goals.flatMap((goal) => goal.element ?? []));
  return elements
    .filter((element) => !present.has(element))
    .map((element) => {
      const id = uniqueId(`doel-${element}`, taken);
      taken.add(id);
      return { id, text: goalText(titles[element] ?? element), element, subgoals: [] };
    });
}

/** A new plan for the partnership of these scans, with their "kan beter" elements as goals. */
export function planFromScans(
  scans: readonly Scan[],
  titles: Readonly<Record<string, string>>,
  today: string,
): Plan {
  const combined: CombinedScan = combineScans(scans);
  const plan = { ...newPlan(today), practice: combined.partnerships[0] ?? '' };
  const elements = improvementElements(combined).map((item) => item.element);
  return { ...plan, goals: goalsForElements(plan, elements, titles) };
}

/** An id for a new goal or subgoal: "doel-3", "subdoel-2"… the first one free. */
export function newItemId(base: 'doel' | 'subdoel', taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let counter = 1; ; counter++)
    if (!used.has(`${base}-${counter}`)) return `${base}-${counter}`;
}
