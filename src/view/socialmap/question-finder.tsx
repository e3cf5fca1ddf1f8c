import { useId, useState } from 'react';
import { SOCIAL_MAP_PARENT_TEXTS } from '../../core/parents/social-map-texts.ts';
import type { ResolvedQuestion } from '../../core/socialmap/question-steps.ts';
import { useHydrated } from '../chart/use-hydrated.ts';
import type { Audience } from './audience-switch.tsx';
import { QuestionAnswer } from './question-answer.tsx';
import type { TermLinks } from './term-links.ts';
import { replaceQueryParam, useQueryParam } from './use-query-param.ts';

/** Both wordings complete the sentence "Ik heb een vraag over …". */
export function wordingOf(
  question: Pick<ResolvedQuestion, 'professional' | 'parent'>,
  audience: Audience,
): string {
  return audience === 'parent' ? question.parent : question.professional;
}

/** "een leerling die …" sorts under L: leading articles and "mijn" are skipped. */
function sortKey(wording: string): string {
  return wording.replace(/^(een|de|het|mijn)\s+/i, '');
}

/**
 * "Ik heb een vraag over …": pick a question in your own words and see whom to go to first.
 * Parents (on the parent page) get their own answer; professionals the professional one.
 * The select needs JavaScript; without it every question and answer is in the list below,
 * each one a native disclosure that works by keyboard.
 */
export function QuestionFinder({
  questions,
  terms,
  audience,
}: {
  questions: readonly ResolvedQuestion[];
  terms: TermLinks;
  audience: Audience;
}) {
  const hydrated = useHydrated();
  const id = useId();
  const fromUrl = useQueryParam('vraag');
  const [chosenId, setChosenId] = useState<string | null>(null);
  const selectedId = chosenId ?? fromUrl ?? '';
  const selected = questions.find((question) => question.id === selectedId);
  const sorted = [...questions].sort((a, b) =>
    sortKey(wordingOf(a, audience)).localeCompare(sortKey(wordingOf(b, audience)), 'nl'),
  );

  return (
    <section id="vraag" aria-labelledby={`${id}-kop`} className="question-finder">
      <h2 id={`${id}-kop`}>Ik heb een vraag over …</h2>
      {audience === 'parent' && <p>{SOCIAL_MAP_PARENT_TEXTS.questions}</p>}
      <form className="finder-form" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={`${id}-vraag`}>Ik heb een vraag over …</label>
        <select
          id={`${id}-vraag`}
          value={selectedId}
          disabled={!hydrated}
          onChange={(event) => {
            setChosenId(event.target.value);
            replaceQueryParam('vraag', event.target.value || null);
          }}
        >
          <option value="">Kies uw vraag</option>
          {sorted.map((question) => (
            <option key={question.id} value={question.id}>
              {wordingOf(question, audience)}
            </option>
          ))}
        </select>
        {!hydrated && (
          // The page is prerendered without the query, so a ?vraag= address cannot show its
          // answer here before JavaScript runs: point to the list that has every answer instead.
          <p className="social-map-hint">
            Deze keuzelijst werkt met JavaScript. Zonder JavaScript staan{' '}
            <a href="#alle-vragen">alle vragen met hun antwoord</a> hieronder.
          </p>
        )}
      </form>
      <div className="finder-answer" aria-live="polite">
        {selected && (
          <>
            <h3>Ik heb een vraag over {wordingOf(selected, audience)}</h3>
            <QuestionAnswer question={selected} terms={terms} audience={audience} />
          </>
        )}
      </div>
      <h3 id="alle-vragen">Alle vragen op een rij</h3>
      <ul className="question-list">
        {sorted.map((question) => (
          <li key={question.id}>
            <details id={`vraag-${question.id}`}>
              <summary>{wordingOf(question, audience)}</summary>
              <QuestionAnswer question={question} terms={terms} audience={audience} />
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
