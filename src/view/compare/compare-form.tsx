import { useId, useState, type FormEvent } from 'react';
import { Form, useNavigate } from 'react-router';
import { fieldValue, useEarlyInput } from '../components/use-early-input.ts';
import type { RouteSummary } from '../../build/site-content.ts';
import { compareQueryUrl, compareUrl } from '../../core/route/reading-urls.ts';

export interface CompareFormProps {
  summaries: readonly RouteSummary[];
  /** `a/b` keys of the pairs that have their own prerendered page. */
  prerendered: readonly string[];
  initial: { a: string; b: string };
}

/**
 * Choose two routes. A pair with its own page goes there; any other pair is compared
 * in the browser on /vergelijk?a=…&b=… (static hosting cannot serve pages it never built).
 */
export function CompareForm({ summaries, prerendered, initial }: CompareFormProps) {
  const id = useId();
  const navigate = useNavigate();
  const early = useEarlyInput(
    (byId) => {
      const a = fieldValue(byId(`${id}-a`));
      const b = fieldValue(byId(`${id}-b`));
      return a || b ? { a: a ?? '', b: b ?? '' } : null;
    },
    () => initial,
  );
  const [choice, setChoice] = useState(early);
  const [followed, setFollowed] = useState(initial);
  if (followed.a !== initial.a || followed.b !== initial.b) {
    setFollowed(initial);
    setChoice(initial);
  }
  const [problem, setProblem] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!choice.a || !choice.b) return setProblem('Kies twee routes.');
    if (choice.a === choice.b) return setProblem('Kies twee verschillende routes.');
    setProblem('');
    const own = prerendered.includes(`${choice.a}/${choice.b}`);
    void navigate(own ? compareUrl(choice.a, choice.b) : compareQueryUrl(choice.a, choice.b));
  };

  const select = (name: 'a' | 'b', label: string) => (
    <div className="path-field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select
        id={`${id}-${name}`}
        name={name}
        value={choice[name]}
        onChange={(event) => setChoice({ ...choice, [name]: event.target.value })}
      >
        <option value="">Kies een route</option>
        <optgroup label="Scholen">
          {summaries
            .filter((s) => s.kind === 'school')
            .map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.name}
              </option>
            ))}
        </optgroup>
        <optgroup label="Algemene routes">
          {summaries
            .filter((s) => s.kind !== 'school')
            .map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.title}
              </option>
            ))}
        </optgroup>
      </select>
    </div>
  );

  return (
    <Form
      method="get"
      action="/vergelijk"
      className="path-form compare-form"
      onSubmit={submit}
      aria-label="Kies twee routes"
    >
      {select('a', 'Eerste route')}
      {select('b', 'Tweede route')}
      <button type="submit" className="path-button">
        Vergelijk
      </button>
      {problem && (
        <p className="path-problem" role="alert">
          {problem}
        </p>
      )}
    </Form>
  );
}
