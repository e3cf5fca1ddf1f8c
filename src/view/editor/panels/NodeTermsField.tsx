/** The glossary entries a step uses: a list with remove buttons and a picker to add one. */
import { useId, useState } from 'react';
import type { RouteNode } from '../../../core/route/route-schema.ts';
import { fieldId, useEditorApi } from '../editor-context.ts';
import { FieldProblems } from '../fields/FieldProblems.tsx';

export function NodeTermsField({ index }: { index: number }) {
  const api = useEditorApi();
  const id = useId();
  const terms = (api.route.nodes[index] as RouteNode).terms ?? [];
  const pointer = `/nodes/${index}/terms`;
  const problems = [...api.problemsAt(pointer)];
  const available = api.options.terms.filter((term) => !terms.includes(term.id));
  const [choice, setChoice] = useState('');
  const labelOf = (termId: string) =>
    api.options.terms.find((term) => term.id === termId)?.label ?? termId;

  const setTerms = (next: string[]) => {
    api.mark();
    api.edit({ type: 'updateNode', index, patch: { terms: next.length > 0 ? next : undefined } });
  };

  return (
    <fieldset>
      <legend>Begrippen</legend>
      {terms.length === 0 ? (
        <p className="field-hint">Nog geen begrippen gekoppeld.</p>
      ) : (
        <ul className="term-list">
          {terms.map((term, termIndex) => (
            <li key={term}>
              {labelOf(term)}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => setTerms(terms.filter((_, at) => at !== termIndex))}
              >
                Verwijder<span className="visually-hidden"> begrip {labelOf(term)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field field--row">
        <label htmlFor={fieldId(pointer)}>Begrip toevoegen</label>
        <select
          id={fieldId(pointer)}
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
          aria-describedby={problems.length ? `${id}-problems` : undefined}
          aria-invalid={problems.length ? true : undefined}
        >
          <option value="">
            {available.length ? '(kies een begrip)' : '(geen begrippen beschikbaar)'}
          </option>
          {available.map((term) => (
            <option key={term.id} value={term.id}>
              {term.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          onClick={() => {
            if (!choice) return;
            setTerms([...terms, choice]);
            api.announce(`Begrip ${labelOf(choice)} gekoppeld.`);
            setChoice('');
          }}
        >
          Koppelen
        </button>
      </div>
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </fieldset>
  );
}
