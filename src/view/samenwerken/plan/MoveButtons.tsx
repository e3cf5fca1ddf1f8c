/**
 * Up, down and remove for a goal or subgoal. At either end a move button stays focusable
 * (aria-disabled) and says why nothing happens, so the focus never jumps away.
 */
import type { Move } from '../../../core/samenwerken/plan-edits.ts';
import type { PlanApi } from './plan-api.ts';

export function MoveButtons({
  name,
  index,
  count,
  work,
  onMove,
  onRemove,
}: {
  name: string;
  index: number;
  count: number;
  work: PlanApi;
  onMove: (by: Move) => void;
  onRemove: () => void;
}) {
  const move = (by: Move) => {
    const edge = by < 0 ? index === 0 : index === count - 1;
    if (edge)
      return work.announce(`${capital(name)} staat al ${by < 0 ? 'bovenaan' : 'onderaan'}.`);
    work.mark();
    onMove(by);
    work.announce(`${capital(name)} is ${by < 0 ? 'omhoog' : 'omlaag'} gezet.`);
  };
  return (
    <>
      <button type="button" className="button" aria-disabled={index === 0} onClick={() => move(-1)}>
        <span aria-hidden="true">↑ </span>Omhoog<span className="visually-hidden">: {name}</span>
      </button>
      <button
        type="button"
        className="button"
        aria-disabled={index === count - 1}
        onClick={() => move(1)}
      >
        <span aria-hidden="true">↓ </span>Omlaag<span className="visually-hidden">: {name}</span>
      </button>
      <button
        type="button"
        className="button button--danger"
        onClick={() => {
          work.mark();
          onRemove();
          work.announce(`${capital(name)} verwijderd. Ongedaan maken haalt het terug.`);
        }}
      >
        Verwijderen<span className="visually-hidden">: {name}</span>
      </button>
    </>
  );
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
