import { useId } from 'react';
import {
  READER_CONTEXTS,
  READER_LABELS,
  type ReaderContext,
} from '../../core/glossary/glossary-model.ts';
import { useHydrated } from '../chart/use-hydrated.ts';

/**
 * "Ik werk in: …": the reader's own context ranks its meaning first; a parent
 * gets the plain uitleg. Needs JavaScript (it is stored in the browser), so it
 * stays disabled in the prerendered page until React runs.
 */
export function ReaderChoice({
  reader,
  onChange,
}: {
  reader: ReaderContext | null;
  onChange: (reader: ReaderContext) => void;
}) {
  const hydrated = useHydrated();
  const name = useId();
  return (
    <fieldset className="reader-choice" disabled={!hydrated}>
      <legend>Ik werk in:</legend>
      {READER_CONTEXTS.map((context) => (
        <label key={context}>
          <input
            type="radio"
            name={name}
            value={context}
            checked={reader === context}
            onChange={() => onChange(context)}
          />{' '}
          {READER_LABELS[context]}
        </label>
      ))}
    </fieldset>
  );
}
