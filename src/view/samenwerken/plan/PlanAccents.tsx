/**
 * Part 1 of the form: where the team puts its accents. Per group (aandachtsgebied, vorm,
 * niveau) the options of bijlage 1 and 2 as checkboxes, with their guiding questions, and a note.
 */
import { Link } from 'react-router';
import type { AccentGroup } from '../../../core/samenwerken/plan-schema.ts';
import { SAMENWERKEN_URL } from '../../../core/samenwerken/samenwerken-urls.ts';
import { WorkTextField } from '../work/fields.tsx';
import type { PlanApi } from './plan-api.ts';
import type { PlanParts } from './plan-parts.ts';
import { ACCENT_PARTS } from './plan-words.ts';

interface Option {
  id: string;
  title: string;
  detail?: string;
  questions?: readonly string[];
  href?: string;
}

export function PlanAccents({ work, parts }: { work: PlanApi; parts: PlanParts }) {
  const options: Record<AccentGroup, Option[]> = {
    areas: parts.areas.map((area) => ({
      id: area.id,
      title: area.title,
      questions: area.questions,
    })),
    forms: parts.forms.map((form) => ({
      id: form.id,
      title: form.title,
      detail: form.summary,
      href: `${SAMENWERKEN_URL}#vorm-${form.id}`,
    })),
    levels: parts.levels.map((level) => ({
      id: level.id,
      title: level.title,
      detail: level.summary,
    })),
  };
  return (
    <section aria-labelledby="plan-accenten" className="plan-part">
      <h2 id="plan-accenten">1. Accenten in het versterken van de samenwerking</h2>
      {(['areas', 'forms', 'levels'] as const).map((group) => (
        <AccentGroupFields key={group} group={group} options={options[group]} work={work} />
      ))}
    </section>
  );
}

function AccentGroupFields({
  group,
  options,
  work,
}: {
  group: AccentGroup;
  options: Option[];
  work: PlanApi;
}) {
  const accent = work.value.accents[group];
  const part = ACCENT_PARTS[group];
  return (
    <fieldset className="accent-group">
      <legend>
        {part.letter}. {part.title}
      </legend>
      <ul className="accent-options">
        {options.map((option) => (
          <li key={option.id}>
            <label className="choice">
              <input
                type="checkbox"
                checked={(accent.chosen as readonly string[]).includes(option.id)}
                onChange={(event) => {
                  work.mark();
                  work.edit({
                    type: 'toggleAccent',
                    group,
                    id: option.id,
                    on: event.target.checked,
                  });
                }}
              />
              <strong>{option.title}</strong>
            </label>
            {option.detail && <p className="option-detail">{option.detail}</p>}
            {option.href && (
              <p className="option-detail">
                <Link to={option.href}>
                  Lees meer<span className="visually-hidden"> over {option.title}</span>
                </Link>
              </p>
            )}
            {option.questions && (
              <details className="option-detail">
                <summary>
                  Vragen bij dit gebied<span className="visually-hidden">: {option.title}</span>
                </summary>
                <ul>
                  {option.questions.map((question) => (
                    <li key={question}>{question}</li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ul>
      <WorkTextField
        label={part.question}
        required={false}
        multiline
        rows={3}
        maxLength={2000}
        value={accent.note ?? ''}
        onChange={(note) =>
          work.edit({ type: 'setAccentNote', group, note }, `/accents/${group}/note`)
        }
        onBlur={work.mark}
      />
    </fieldset>
  );
}
