/**
 * Every problem the build would report, errors first, then the required fields still empty,
 * then warnings; each a button that opens the item and puts focus in the field. Warnings do
 * not block the download; errors and empty required fields do.
 */
import { problemTarget } from '../../../core/editor/problem-target.ts';
import type { DraftProblem } from '../../../core/editor/check-draft.ts';
import { useEditorApi } from '../editor-context.ts';
import { problemLocation } from '../problem-text.ts';

export function ProblemsPanel() {
  const api = useEditorApi();
  const errors = api.problems.filter((problem) => problem.severity === 'error');
  const todo = api.problems.filter((problem) => problem.severity === 'todo');
  const warnings = api.problems.filter((problem) => problem.severity === 'warning');

  const jump = (problem: DraftProblem) => {
    const target = problemTarget(problem.path);
    switch (target.section) {
      case 'route':
        api.showTab('route');
        break;
      case 'group':
        api.select(null);
        api.showTab('groepen');
        break;
      case 'node':
      case 'edge':
        // Selecting an item also shows its tab.
        api.select({ type: target.section, index: target.index });
        break;
      default: {
        const unknown: never = target;
        return unknown;
      }
    }
    api.focusField(target.field);
  };

  if (api.problems.length === 0)
    return (
      <p className="problems-none">
        Geen fouten en geen waarschuwingen: de route kan gepubliceerd worden.
      </p>
    );
  return (
    <div>
      {[
        { title: 'Fouten', hint: 'Los deze op voordat je de route downloadt.', items: errors },
        {
          title: 'Nog invullen',
          hint: 'Deze verplichte velden zijn nog leeg. Vul ze in voordat je de route downloadt.',
          items: todo,
        },
        {
          title: 'Waarschuwingen',
          hint: 'Downloaden kan, maar kijk er even naar.',
          items: warnings,
        },
      ].map(({ title, hint, items }) =>
        items.length === 0 ? null : (
          <section key={title} aria-label={title} className="panel-section">
            <h3>
              {title} ({items.length})
            </h3>
            <p className="field-hint">{hint}</p>
            <ul className="problem-list">
              {items.map((problem, index) => (
                <li key={index} className={`problem problem--${problem.severity}`}>
                  <button type="button" className="item-button" onClick={() => jump(problem)}>
                    <span className="problem-where">
                      {problemLocation(api.route, problem.path)}
                    </span>
                    <span className="problem-message">{problem.message}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ),
      )}
    </div>
  );
}
