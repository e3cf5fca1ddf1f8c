import { useId, useState } from 'react';
import type { ResolvedQuestion } from '../../core/socialmap/question-steps.ts';
import { useHydrated } from '../chart/use-hydrated.ts';
import { useReaderContext } from '../glossary/use-reader-context.ts';
import { QuestionAnswer } from './question-answer.tsx';
import type { TermLinks } from './term-links.ts';
import { replaceQueryParam, useQueryParam } from './use-query-param.ts';

export const WORDINGS = ['professional', 'parent'] as const;
export type Wording = (typeof WORDINGS)[number];

const WORDING_LABELS: Record<Wording, string> = {
  professional: 'professional (school, zorg, jeugdhulp, gemeente)',
  parent: 'ouder of verzorger',
};

/** Both wordings complete the sentence "Ik heb een vraag over …". */
export function wordingOf(
  question: Pick<ResolvedQuestion, 'professional' | 'parent'>,
  wording: Wording,
): string {
  return wording === 'parent' ? question.parent : question.professional;
}

/** "een leerling die …" sorts under L: leading articles and "mijn" are skipped. */
function sortKey(wording: string): string {
  return wording.replace(/^(een|de|het|mijn)\s+/i, '');
}

/**
 * "Ik heb een vraag over …": pick a question in your own words and see whom to go to first.
 * The controls need JavaScript; without it every question and answer is in the list below,
 * each one a native disclosure that works by keyboard.
 */
export function QuestionFinder({
  questions,
  terms,
}: {
  questions: readonly ResolvedQuestion[];
  terms: TermLinks;
}) {
  const hydrated = useHydrated();
  const id = useId();
  const [reader] = useReaderContext();
  const [chosenWording, setWording] = useState<Wording | null>(null);
  // A parent who chose "ik ben ouder" on the glossary pages gets parent wording here too.
  const wording = chosenWording ?? (reader === 'ouder' ? 'parent' : 'professional');
  const fromUrl = useQueryParam('vraag');
  const [chosenId, setChosenId] = useState<string | null>(null);
  const selectedId = chosenId ?? fromUrl ?? '';
  const selected = questions.find((question) => question.id === selectedId);
  const sorted = [...questions].sort((a, b) =>
    sortKey(wordingOf(a, wording)).localeCompare(sortKey(wordingOf(b, wording)), 'nl'),
  );

  return (
    <section id="vraag" aria-labelledby={`${id}-kop`} className="question-finder">
      <h2 id={`${id}-kop`}>Ik heb een vraag over …</h2>
      <form className="finder-form" onSubmit={(event) => event.preventDefault()}>
        <fieldset disabled={!hydrated} className="wording-choice">
          <legend>Ik ben</legend>
          {WORDINGS.map((option) => (
            <label key={option}>
              <input
                type="radio"
                name={`${id}-lezer`}
                value={option}
                checked={wording === option}
                onChange={() => setWording(option)}
              />{' '}
              {WORDING_LABELS[option]}
            </label>
          ))}
        </fieldset>
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
              {wordingOf(question, wording)}
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
            <h3>Ik heb een vraag over {wordingOf(selected, wording)}</h3>
            <QuestionAnswer question={selected} terms={terms} />
          </>
        )}
      </div>
      <h3 id="alle-vragen">Alle vragen op een rij</h3>
      <ul className="question-list">
        {sorted.map((question) => (
          <li key={question.id}>
            <details id={`vraag-${question.id}`}>
              <summary>{wordingOf(question, wording)}</summary>
              <QuestionAnswer question={question} terms={terms} />
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
