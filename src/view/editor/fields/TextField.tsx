/**
 * A text field bound to one JSON Pointer of the route. Typing dispatches an edit tagged
 * with the pointer (one undo step per field), leaving the field closes the step.
 * Optional fields are removed when emptied; required ones keep "" so the check flags them.
 */
import type { Edit } from '../../../core/editor/edits.ts';
import { fieldId, useEditorApi } from '../editor-context.ts';
import { FieldProblems } from './FieldProblems.tsx';

export interface TextFieldProps {
  pointer: string;
  label: string;
  value: string | undefined;
  toEdit: (value: string | undefined) => Edit;
  required?: boolean;
  multiline?: boolean;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date';
  hint?: string;
  autoComplete?: string;
}

export function TextField(props: TextFieldProps) {
  const { pointer, label, value, toEdit, required = false, multiline = false, hint } = props;
  const api = useEditorApi();
  const id = fieldId(pointer);
  const problems = api.problemsAt(pointer);
  const describedBy = [hint ? `${id}-hint` : '', problems.length ? `${id}-problems` : '']
    .filter(Boolean)
    .join(' ');
  const shared = {
    id,
    value: value ?? '',
    required,
    'aria-invalid': problems.some((problem) => problem.severity === 'error') || undefined,
    'aria-describedby': describedBy || undefined,
    onBlur: () => api.mark(),
    onChange: (event: { target: { value: string } }) => {
      const text = event.target.value;
      api.edit(toEdit(text === '' && !required ? undefined : text), pointer);
    },
  };
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span className="field-required"> (verplicht)</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea rows={3} {...shared} />
      ) : (
        <input type={props.type ?? 'text'} autoComplete={props.autoComplete ?? 'off'} {...shared} />
      )}
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </div>
  );
}
