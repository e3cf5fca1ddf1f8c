/** One goal with its subgoals, and the buttons to add, move and remove them. */
import { newItemId } from '../../../core/samenwerken/plan-from-scan.ts';
import type { Goal } from '../../../core/samenwerken/plan-schema.ts';
import type { PlanApi } from './plan-api.ts';
import { MoveButtons } from './MoveButtons.tsx';
import { RowFields } from './RowFields.tsx';

export function GoalCard({
  goal,
  number,
  count,
  elementTitle,
  work,
  focus,
}: {
  goal: Goal;
  number: number;
  count: number;
  elementTitle: string | undefined;
  work: PlanApi;
  focus: (elementId: string) => void;
}) {
  const name = `doel ${number}`;
  const addSubgoal = () => {
    const id = newItemId(
      'subdoel',
      goal.subgoals.map((sub) => sub.id),
    );
    work.mark();
    work.edit({ type: 'addSubgoal', goal: goal.id, subgoal: { id, text: '' } });
    focus(`${goal.id}-${id}-tekst`);
  };
  return (
    <section aria-labelledby={`${goal.id}-kop`} className="goal">
      <h3 id={`${goal.id}-kop`} tabIndex={-1}>
        Doel {number}
      </h3>
      {elementTitle && <p className="goal-origin">Uit de zelfscan: {elementTitle} (kan beter)</p>}
      <RowFields
        idPrefix={goal.id}
        name={name}
        textLabel={`Doel ${number}: wat willen jullie bereiken?`}
        row={goal}
        onChange={(patch, field) =>
          work.edit({ type: 'updateGoal', goal: goal.id, patch }, `/goals/${goal.id}/${field}`)
        }
        onBlur={work.mark}
      />
      {goal.subgoals.length > 0 && (
        <ol className="subgoals">
          {goal.subgoals.map((subgoal, index) => {
            const subName = `subdoel ${number}.${index + 1}`;
            return (
              <li key={subgoal.id}>
                <fieldset className="subgoal">
                  <legend>
                    Subdoel {number}.{index + 1}
                  </legend>
                  <RowFields
                    idPrefix={`${goal.id}-${subgoal.id}`}
                    name={subName}
                    textLabel="Omschrijving"
                    textHiddenLabel={` van ${subName}`}
                    row={subgoal}
                    onChange={(patch, field) =>
                      work.edit(
                        { type: 'updateSubgoal', goal: goal.id, subgoal: subgoal.id, patch },
                        `/goals/${goal.id}/${subgoal.id}/${field}`,
                      )
                    }
                    onBlur={work.mark}
                  />
                  <MoveButtons
                    name={subName}
                    index={index}
                    count={goal.subgoals.length}
                    work={work}
                    onMove={(by) =>
                      work.edit({ type: 'moveSubgoal', goal: goal.id, subgoal: subgoal.id, by })
                    }
                    onRemove={() => {
                      work.edit({ type: 'removeSubgoal', goal: goal.id, subgoal: subgoal.id });
                      focus(`${goal.id}-subdoel-toevoegen`);
                    }}
                  />
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      <div className="button-row goal-buttons">
        <button
          type="button"
          id={`${goal.id}-subdoel-toevoegen`}
          className="button"
          onClick={addSubgoal}
        >
          Subdoel toevoegen<span className="visually-hidden"> bij {name}</span>
        </button>
        <MoveButtons
          name={name}
          index={number - 1}
          count={count}
          work={work}
          onMove={(by) => work.edit({ type: 'moveGoal', goal: goal.id, by })}
          onRemove={() => {
            work.edit({ type: 'removeGoal', goal: goal.id });
            focus('doel-toevoegen');
          }}
        />
      </div>
    </section>
  );
}
