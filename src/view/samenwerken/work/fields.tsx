/**
 * Text fields of the scan and the plan: a label, an optional hint, and the undo rules of the
 * editor (typing in one field is one step; leaving the field closes it).
 */
import { useId } from 'react';

interface TextFieldProps {
  label: string;
  /** Read out after the label, not shown: "bij doel 2", where the heading says it already. */
  hiddenLabel?: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'date';
  id?: string;
  maxLength?: number;
  required?: boolean;
}

export function WorkTextField(props: TextFieldProps) {
  const generated = useId();
  const id = props.id ?? generated;
  const hintId = `${id}-hint`;
  const common = {
    id,
    value: props.value,
    onChange: (event: { target: { value: string } }) => props.onChange(event.target.value),
    onBlur: props.onBlur,
    maxLength: props.maxLength,
    'aria-describedby': props.hint ? hintId : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>
        {props.label}
        {props.hiddenLabel && <span className="visually-hidden">{props.hiddenLabel}</span>}
        {props.required === false && <span className="field-required"> (niet verplicht)</span>}
      </label>
      {props.hint && (
        <p className="field-hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.multiline ? (
        <textarea rows={props.rows ?? 3} {...common} />
      ) : (
        <input type={props.type ?? 'text'} {...common} />
      )}
    </div>
  );
}
