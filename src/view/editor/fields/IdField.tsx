/**
 * The id of a step or group. Unlike other fields it is not applied per keystroke: an id typed
 * letter by letter passes through other ids, and applying those would move connections to
 * another step. The typed id is applied as one edit on Enter or when the field is left;
 * a taken or malformed id is refused with a message and the typed text stays, so nothing is
 * lost. Escape goes back to the current id.
 */
import { type KeyboardEvent, useState } from 'react';
import type { Edit } from '../../../core/editor/edits.ts';
import type { IdChange } from '../../../core/editor/id-change.ts';
import { fieldId, useEditorApi } from '../editor-context.ts';
import { FieldProblems } from './FieldProblems.tsx';

export interface IdFieldProps {
  pointer: string;
  value: string;
  hint: string;
  /** What applying the typed id would do: the editor applies only an accepted change. */
  check: (typed: string) => IdChange;
  toEdit: (id: string) => Edit;
}

export function IdField({ pointer, value, hint, check, toEdit }: IdFieldProps) {
  const api = useEditorApi();
  const id = fieldId(pointer);
  // Null while the field shows the route's id; the typed text while it differs.
  const [typed, setTyped] = useState<string | null>(null);
  const [refused, setRefused] = useState('');
  const problems = api.problemsAt(pointer);

  const reset = () => {
    setTyped(null);
    setRefused('');
  };
  const commit = () => {
    if (typed === null) return;
    const change = check(typed);
    if (!change.ok) return setRefused(change.message);
    const next = typed.trim();
    reset();
    if (next === value) return;
    api.mark();
    api.edit(toEdit(next));
    api.announce(`Id gewijzigd in "${next}".`);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && typed !== null) {
      event.preventDefault();
      reset();
    }
  };

  const describedBy = [
    `${id}-hint`,
    refused ? `${id}-refused` : '',
    problems.length ? `${id}-problems` : '',
  ].filter(Boolean);
  const invalid = refused !== '' || problems.some((problem) => problem.severity === 'error');
  return (
    <div className="field">
      <label htmlFor={id}>
        Id<span className="field-required"> (verplicht)</span>
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      <input
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        required
        value={typed ?? value}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy.join(' ')}
        onChange={(event) => {
          setTyped(event.target.value);
          setRefused('');
        }}
        onKeyDown={onKeyDown}
        onBlur={commit}
      />
      {refused && (
        <p id={`${id}-refused`} role="alert" className="field-problem field-problem--error">
          {refused}
        </p>
      )}
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </div>
  );
}
