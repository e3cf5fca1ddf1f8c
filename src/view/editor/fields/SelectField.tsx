/** A choice bound to one JSON Pointer; each change is its own undo step. */
import type { Edit } from '../../../core/editor/edits.ts';
import { fieldId, useEditorApi } from '../editor-context.ts';
import { FieldProblems } from './FieldProblems.tsx';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  pointer: string;
  label: string;
  value: string | undefined;
  options: readonly SelectOption[];
  toEdit: (value: string | undefined) => Edit;
  /** The text of the "nothing chosen" option; without it a choice is required. */
  emptyLabel?: string;
  hint?: string;
}

export function SelectField(props: SelectFieldProps) {
  const { pointer, label, value, options, toEdit, emptyLabel, hint } = props;
  const api = useEditorApi();
  const id = fieldId(pointer);
  const problems = api.problemsAt(pointer);
  // A value the list does not know (e.g. a removed group) is shown, so it can be seen and fixed.
  const known = value === undefined || options.some((option) => option.value === value);
  const describedBy = [hint ? `${id}-hint` : '', problems.length ? `${id}-problems` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <select
        id={id}
        value={value ?? ''}
        aria-invalid={problems.some((problem) => problem.severity === 'error') || undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => {
          api.mark();
          api.edit(toEdit(event.target.value === '' ? undefined : event.target.value));
        }}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {!known && <option value={value}>{value} (onbekend)</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </div>
  );
}
