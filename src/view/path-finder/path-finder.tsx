import { useId, useState, type FormEvent } from 'react';
import type { CommonQuestion } from '../../core/reading/common-questions.ts';
import type { Route } from '../../core/route/route-schema.ts';
import { fieldValue, useEarlyInput } from '../components/use-early-input.ts';
import { useHydrated } from '../chart/use-hydrated.ts';
import { NodeSelect } from './node-select.tsx';
import type { PathChoice } from './use-path-query.ts';
import './path-finder.css';

export interface PathFinderProps {
  route: Route;
  choice: PathChoice | null;
  onChoose: (choice: PathChoice | null) => void;
  /** One sentence about the current result, announced politely. */
  announcement: string;
  questions: readonly CommonQuestion[];
}

/**
 * "Van" and "Naar" with quick choices for common questions. The result is drawn in
 * the chart and listed by WayResult; this part only asks the question and says, in
 * a status region, what was found.
 */
export function PathFinder({ route, choice, onChoose, announcement, questions }: PathFinderProps) {
  const id = useId();
  const hydrated = useHydrated();
  const early = useEarlyInput<PathChoice>(
    (byId) => {
      const from = fieldValue(byId(`${id}-van`)) ?? '';
      const to = fieldValue(byId(`${id}-naar`)) ?? '';
      const back = byId(`${id}-terug`);
      const checked = back instanceof HTMLInputElement && back.checked;
      return from || to || checked ? { from, to, back: checked } : null;
    },
    () => choice ?? { from: '', to: '', back: false },
  );
  const [draft, setDraft] = useState<PathChoice>(early);
  const [problem, setProblem] = useState('');
  // Follow a choice made elsewhere (a quick choice, the URL on load), as React advises
  // for state that follows a prop: adjust while rendering.
  const [followed, setFollowed] = useState(choice);
  if (followed !== choice) {
    setFollowed(choice);
    if (choice) setDraft(choice);
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.from || !draft.to) return setProblem('Kies bij “Van” en bij “Naar” een onderdeel.');
    if (draft.from === draft.to)
      return setProblem('Kies bij “Van” en “Naar” twee verschillende onderdelen.');
    setProblem('');
    onChoose(draft);
  };

  return (
    <section className="path-finder" aria-labelledby={`${id}-kop`}>
      <h2 id={`${id}-kop`}>Zoek de weg tussen twee onderdelen</h2>
      <p className="path-intro">
        Kies waar een vraag begint en waar die moet uitkomen. De kortste weg langs de pijlen wordt
        gemarkeerd in het schema en in stappen uitgeschreven.
      </p>
      {questions.length > 0 && (
        <div className="path-questions">
          <p id={`${id}-vragen`}>Veelgestelde vragen:</p>
          <ul aria-labelledby={`${id}-vragen`}>
            {questions.map(({ from, to, back, label }) => (
              <li key={`${from}-${to}`}>
                <button
                  type="button"
                  className="path-button path-button--quiet"
                  disabled={!hydrated}
                  onClick={() => onChoose({ from, to, back })}
                >
                  {label}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form
        className="path-form"
        onSubmit={submit}
        aria-describedby={problem ? `${id}-fout` : undefined}
      >
        <NodeSelect
          id={`${id}-van`}
          label="Van"
          route={route}
          value={draft.from}
          onChange={(from) => setDraft({ ...draft, from })}
        />
        <NodeSelect
          id={`${id}-naar`}
          label="Naar"
          route={route}
          value={draft.to}
          onChange={(to) => setDraft({ ...draft, to })}
        />
        <div className="path-check">
          <input
            id={`${id}-terug`}
            type="checkbox"
            checked={draft.back}
            onChange={(event) => setDraft({ ...draft, back: event.target.checked })}
          />
          <label htmlFor={`${id}-terug`}>Ook de weg terug</label>
        </div>
        <div className="path-actions">
          <button type="submit" className="path-button" disabled={!hydrated}>
            Toon de weg
          </button>
          {choice && (
            <button
              type="button"
              className="path-button path-button--quiet"
              onClick={() => onChoose(null)}
            >
              Wis de weg
            </button>
          )}
        </div>
      </form>
      {problem && (
        <p id={`${id}-fout`} className="path-problem" role="alert">
          {problem}
        </p>
      )}
      <p role="status" className="path-status">
        {announcement}
      </p>
      {!hydrated && (
        // Prerendered: without JavaScript (or before it runs) the finder cannot answer,
        // also not a shared link with ?van=…&naar=…; say so, and where the way can be read.
        <p className="path-hint">
          De wegzoeker werkt met JavaScript. Zonder JavaScript volg je de weg in{' '}
          <a href="#route-tekst">de route als tekst</a>: bij elke stap staat waar die naartoe leidt.
        </p>
      )}
    </section>
  );
}
