/** Part 2 as on the paper form: a table of goals and subgoals with their three columns. */
import type { Goal } from '../../../core/samenwerken/plan-schema.ts';
import { COLUMNS } from './plan-words.ts';

export function PlanTable({ goals }: { goals: readonly Goal[] }) {
  if (goals.length === 0) return <p>Er zijn nog geen doelen ingevuld.</p>;
  return (
    <table className="plan-table">
      <thead>
        <tr>
          <th scope="col">Doelen</th>
          <th scope="col">{COLUMNS.activities.label}</th>
          <th scope="col">{COLUMNS.who.label}</th>
          <th scope="col">{COLUMNS.evaluation.label}</th>
        </tr>
      </thead>
      <tbody>
        {goals.flatMap((goal, index) => [
          <Row key={goal.id} name={`Doel ${index + 1}`} row={goal} main />,
          ...goal.subgoals.map((subgoal, subIndex) => (
            <Row
              key={`${goal.id}-${subgoal.id}`}
              name={`Subdoel ${index + 1}.${subIndex + 1}`}
              row={subgoal}
            />
          )),
        ])}
      </tbody>
    </table>
  );
}

function Row({
  name,
  row,
  main = false,
}: {
  name: string;
  row: Pick<Goal, 'text' | 'activities' | 'who' | 'evaluation'>;
  main?: boolean;
}) {
  return (
    <tr className={main ? 'goal-row' : 'subgoal-row'}>
      <th scope="row">
        <span className="row-name">{name}</span>
        <span className="answer">{row.text || '—'}</span>
      </th>
      <td data-label={COLUMNS.activities.label} className="answer">
        {row.activities || '—'}
      </td>
      <td data-label={COLUMNS.who.label} className="answer">
        {row.who || '—'}
      </td>
      <td data-label={COLUMNS.evaluation.label} className="answer">
        {row.evaluation || '—'}
      </td>
    </tr>
  );
}
