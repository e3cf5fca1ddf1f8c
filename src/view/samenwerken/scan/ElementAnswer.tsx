/** One werkzame element: what it is about, its questions, the team's score and a note. */
import type { ElementId } from '../../../core/samenwerken/samenwerken-ids.ts';
import { SCORES, SCORE_LABELS } from '../../../core/samenwerken/samenwerken-ids.ts';
import type { ScanEdit } from '../../../core/samenwerken/scan-edits.ts';
import type { Answer, Scan } from '../../../core/samenwerken/scan-schema.ts';
import { WorkTextField } from '../work/fields.tsx';
import type { WorkApi } from '../work/use-work.ts';
import type { ElementTexts } from './scan-words.ts';

export const SCORE_HINTS = {
  'gaat-goed': 'Dit is een sterk punt.',
  'kan-beter': 'Hier willen we iets aan doen.',
  'weten-we-niet': 'We hebben er geen zicht op.',
  'niet-van-toepassing': 'Dit speelt bij ons niet.',
} as const;

export function ElementAnswer({
  number,
  element,
  answer,
  work,
}: {
  number: number;
  element: ElementTexts;
  answer: Answer | undefined;
  work: WorkApi<Scan, ScanEdit>;
}) {
  const id = element.id as ElementId;
  const headingId = `element-${id}`;
  return (
    <section aria-labelledby={headingId} className="element-answer" id={`vraag-${id}`}>
      <h2 id={headingId}>
        {number}. {element.title}
      </h2>
      <p>{element.summary}</p>
      <p className="questions-title">Vragen om samen te bespreken:</p>
      <ul className="questions">
        {element.questions.map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ul>
      <fieldset className="score-choice" onBlur={work.mark}>
        <legend>Hoe gaat dit bij jullie? ({element.title})</legend>
        {SCORES.map((score) => (
          <label key={score} className={`score-option score-option--${score}`}>
            <input
              type="radio"
              name={`oordeel-${id}`}
              value={score}
              checked={answer?.score === score}
              onChange={() =>
                work.edit({ type: 'setScore', element: id, score }, `/answers/${id}/score`)
              }
            />
            <span>
              <strong>{SCORE_LABELS[score]}</strong>
              <span className="score-hint"> {SCORE_HINTS[score]}</span>
            </span>
          </label>
        ))}
        {answer?.score && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              work.mark();
              work.edit({ type: 'setScore', element: id, score: null });
              work.announce(`Keuze bij ${element.title} gewist.`);
            }}
          >
            Keuze wissen<span className="visually-hidden"> bij {element.title}</span>
          </button>
        )}
      </fieldset>
      <WorkTextField
        label={`Toelichting bij ${element.title}`}
        required={false}
        hint="Voorbeelden, twijfels of ideeën. Schrijf niets over leerlingen of ouders dat hen herkenbaar maakt."
        multiline
        rows={2}
        maxLength={2000}
        value={answer?.note ?? ''}
        onChange={(note) =>
          work.edit({ type: 'setNote', element: id, note }, `/answers/${id}/note`)
        }
        onBlur={work.mark}
      />
    </section>
  );
}
