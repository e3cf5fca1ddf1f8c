/** Part 2 of the form: the goals, each with subgoals and the columns of the form's table. */
import { newItemId } from '../../../core/samenwerken/plan-from-scan.ts';
import { usePendingFocus } from '../work/use-pending-focus.ts';
import { GoalCard } from './GoalCard.tsx';
import { GoalsFromScan } from './GoalsFromScan.tsx';
import type { PlanApi } from './plan-api.ts';
import { type PlanParts, elementTitles } from './plan-parts.ts';

export function PlanGoals({ work, parts }: { work: PlanApi; parts: PlanParts }) {
  const focus = usePendingFocus();
  const goals = work.value.goals;
  const titles = elementTitles(parts);
  const addGoal = () => {
    const id = newItemId(
      'doel',
      goals.map((goal) => goal.id),
    );
    work.mark();
    work.edit({ type: 'addGoals', goals: [{ id, text: '', subgoals: [] }] });
    focus(`${id}-tekst`);
  };
  return (
    <section aria-labelledby="plan-doelen" className="plan-part">
      <h2 id="plan-doelen">2. Plan van aanpak: doelen</h2>
      <p className="field-hint">
        Per doel: wat jullie willen bereiken, welke activiteiten daarbij horen, wie wat doet en hoe
        jullie terugkijken. Maak een groot doel kleiner met subdoelen.
      </p>
      {goals.length === 0 && <p>Er zijn nog geen doelen.</p>}
      <ol className="goals">
        {goals.map((goal, index) => (
          <li key={goal.id}>
            <GoalCard
              goal={goal}
              number={index + 1}
              count={goals.length}
              elementTitle={goal.element ? titles[goal.element] : undefined}
              work={work}
              focus={focus}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        id="doel-toevoegen"
        className="button button--primary"
        onClick={addGoal}
      >
        Doel toevoegen
      </button>
      <GoalsFromScan work={work} titles={titles} focus={focus} />
    </section>
  );
}
