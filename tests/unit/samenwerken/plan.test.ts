import { describe, expect, it } from 'vitest';
import { type PlanEdit, applyPlanEdit } from '../../../src/core/samenwerken/plan-edits.ts';
import {
  PLAN_FORMAT,
  planFileName,
  planFileText,
} from '../../../src/core/samenwerken/plan-file.ts';
import {
  goalsForElements,
  newItemId,
  planFromScans,
} from '../../../src/core/samenwerken/plan-from-scan.ts';
import { type Plan, newPlan, planJsonSchema } from '../../../src/core/samenwerken/plan-schema.ts';
import { readWorkText } from '../../../src/core/samenwerken/work-file.ts';
import { createHistory, historyReducer } from '../../../src/core/editor/history.ts';
import {
  decodeWorkData,
  encodeWorkFragment,
  fragmentData,
} from '../../../src/core/samenwerken/work-share.ts';
import { makeScan } from './scan-factories.ts';

const TITLES = { effecten: 'Zicht op effecten', communicatie: 'Effectieve communicatie' };
const goal = (id: string, text = `Doel ${id}`) => ({ id, text, subgoals: [] });
const apply = (plan: Plan, ...edits: PlanEdit[]) => edits.reduce(applyPlanEdit, plan);

function twoGoalPlan(): Plan {
  return apply(
    { ...newPlan('2026-11-27'), practice: 'De Linde', municipality: 'Voorbeeldstad' },
    { type: 'addGoals', goals: [goal('doel-1'), goal('doel-2')] },
    { type: 'addSubgoal', goal: 'doel-1', subgoal: { id: 'subdoel-1', text: 'Eerst' } },
    { type: 'addSubgoal', goal: 'doel-1', subgoal: { id: 'subdoel-2', text: 'Dan' } },
  );
}

describe('editing a plan van aanpak', () => {
  it('reorders and removes goals and subgoals by id', () => {
    let plan = apply(
      twoGoalPlan(),
      { type: 'moveGoal', goal: 'doel-2', by: -1 },
      { type: 'moveSubgoal', goal: 'doel-1', subgoal: 'subdoel-2', by: -1 },
    );
    expect(plan.goals.map((item) => item.id)).toEqual(['doel-2', 'doel-1']);
    expect(plan.goals[1]!.subgoals.map((item) => item.text)).toEqual(['Dan', 'Eerst']);
    // Moving past either end changes nothing.
    expect(applyPlanEdit(plan, { type: 'moveGoal', goal: 'doel-2', by: -1 }).goals).toEqual(
      plan.goals,
    );
    plan = apply(
      plan,
      { type: 'removeSubgoal', goal: 'doel-1', subgoal: 'subdoel-1' },
      { type: 'removeGoal', goal: 'doel-2' },
    );
    expect(plan.goals).toEqual([
      { id: 'doel-1', text: 'Doel doel-1', subgoals: [{ id: 'subdoel-2', text: 'Dan' }] },
    ]);
  });

  it('fills in the columns of a goal, and removes a column that is emptied', () => {
    let plan = apply(twoGoalPlan(), {
      type: 'updateGoal',
      goal: 'doel-2',
      patch: { activities: 'Elke maand een casusoverleg', who: 'IB en wijkteam' },
    });
    plan = applyPlanEdit(plan, {
      type: 'updateGoal',
      goal: 'doel-2',
      patch: { who: '', text: '' },
    });
    expect(plan.goals[1]).toEqual({
      id: 'doel-2',
      text: '',
      activities: 'Elke maand een casusoverleg',
      subgoals: [],
    });
  });

  it('chooses accents and routes, and keeps notes only when they say something', () => {
    const plan = apply(
      newPlan('2026-11-27'),
      { type: 'toggleAccent', group: 'areas', id: 'proces', on: true },
      { type: 'toggleAccent', group: 'levels', id: 'relationeel', on: true },
      { type: 'toggleAccent', group: 'areas', id: 'proces', on: false },
      { type: 'toggleAccent', group: 'areas', id: 'borgen', on: true },
      { type: 'setAccentNote', group: 'areas', note: 'Wat werkt, vasthouden.' },
      { type: 'setAccentNote', group: 'levels', note: '' },
      { type: 'toggleRoute', slug: 'de-regenboog-voorbeeldstad', on: true },
      { type: 'addPerson' },
      { type: 'updatePerson', index: 0, patch: { role: 'intern begeleider' } },
    );
    expect(plan.accents).toEqual({
      areas: { chosen: ['borgen'], note: 'Wat werkt, vasthouden.' },
      forms: { chosen: [] },
      levels: { chosen: ['relationeel'] },
    });
    expect(plan.routes).toEqual(['de-regenboog-voorbeeldstad']);
    expect(plan.filledBy).toEqual([{ role: 'intern begeleider' }]);
  });

  it('undoes an added goal and redoes it', () => {
    const reduce = historyReducer(applyPlanEdit);
    let history = createHistory(twoGoalPlan());
    history = reduce(history, {
      type: 'edit',
      edit: { type: 'addGoals', goals: [goal('doel-3')] },
    });
    history = reduce(history, { type: 'undo' });
    expect(history.present.goals).toHaveLength(2);
    history = reduce(history, { type: 'redo' });
    expect(history.present.goals).toHaveLength(3);
  });

  it('gives new goals and subgoals the first free number', () => {
    expect(newItemId('doel', ['doel-1', 'doel-3'])).toBe('doel-2');
    expect(newItemId('subdoel', [])).toBe('subdoel-1');
  });
});

describe('taking "kan beter" elements from a self-scan into a plan', () => {
  it('makes one goal per element marked "kan beter", most named first, with the partnership', () => {
    const plan = planFromScans(
      [
        makeScan({
          communicatie: 'kan-beter',
          effecten: 'kan-beter',
          randvoorwaarden: 'gaat-goed',
        }),
        makeScan({ effecten: 'kan-beter' }),
      ],
      TITLES,
      '2026-11-27',
    );
    expect(plan.practice).toBe('De Linde met wijkteam Noord');
    expect(plan.goals).toEqual([
      {
        id: 'doel-effecten',
        text: 'Beter samenwerken op: Zicht op effecten',
        element: 'effecten',
        subgoals: [],
      },
      {
        id: 'doel-communicatie',
        text: 'Beter samenwerken op: Effectieve communicatie',
        element: 'communicatie',
        subgoals: [],
      },
    ]);
  });

  it('skips elements that already have a goal in the plan', () => {
    const plan = planFromScans([makeScan({ effecten: 'kan-beter' })], TITLES, '2026-11-27');
    expect(
      goalsForElements(plan, ['effecten', 'communicatie'], TITLES).map((item) => item.id),
    ).toEqual(['doel-communicatie']);
  });
});

describe('a plan as a file and a link', () => {
  it('round-trips through a file: the same bytes again, the $schema line first', () => {
    const plan = apply(twoGoalPlan(), {
      type: 'updateGoal',
      goal: 'doel-1',
      patch: { evaluation: 'Na drie maanden, met een korte vragenlijst' },
    });
    const text = planFileText(plan);
    expect(text.split('\n')[1]).toBe('  "$schema": "/schema/plan-van-aanpak.v1.json",');
    const read = readWorkText(text, PLAN_FORMAT);
    expect(read).toEqual({ ok: true, value: plan });
    expect(planFileText(read.ok ? read.value : plan)).toBe(text);
    expect(planFileName(plan)).toBe('plan-van-aanpak-de-linde-voorbeeldstad.json');
  });

  it('round-trips through a share link', async () => {
    const plan = twoGoalPlan();
    const fragment = await encodeWorkFragment('plan', [plan]);
    const data = fragmentData(`https://x.example/samenwerken/plan/bewerken#${fragment}`, 'plan');
    expect(await decodeWorkData(data!, PLAN_FORMAT)).toEqual({ ok: true, values: [plan] });
  });

  it('rejects duplicate goal ids and unknown accents, naming the place', () => {
    const plan = twoGoalPlan();
    const broken = {
      ...plan,
      goals: [plan.goals[0], { ...plan.goals[1], id: 'doel-1' }],
      accents: { ...plan.accents, levels: { chosen: ['landelijk'] } },
    };
    const read = readWorkText(JSON.stringify(broken), PLAN_FORMAT);
    expect(
      read.ok ? [] : read.problems.map((problem) => `${problem.path}: ${problem.message}`),
    ).toEqual([
      '/accents/levels/chosen/0: moet een van deze waarden zijn: "bestuurlijk", "relationeel", "professioneel"',
    ]);
    const duplicate = readWorkText(
      JSON.stringify({ ...broken, accents: plan.accents }),
      PLAN_FORMAT,
    );
    expect(
      duplicate.ok
        ? []
        : duplicate.problems.map((problem) => `${problem.path}: ${problem.message}`),
    ).toEqual(['/goals/1/id: dubbele id "doel-1"']);
  });

  it('publishes a JSON Schema with every part of the form', () => {
    const schema = JSON.stringify(planJsonSchema());
    for (const word of [
      'practice',
      'filledBy',
      'accents',
      'subgoals',
      'evaluation',
      'afbakening',
      'haalbaarheid',
      'randvoorwaarden',
      'routes',
    ])
      expect(schema).toContain(`"${word}"`);
  });
});
