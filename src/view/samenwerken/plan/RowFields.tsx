/** One row of the form's table: the goal (or subgoal) and its activities, who does what, evaluation. */
import type { RowPatch } from '../../../core/samenwerken/plan-edits.ts';
import type { Subgoal } from '../../../core/samenwerken/plan-schema.ts';
import { WorkTextField } from '../work/fields.tsx';
import { COLUMNS } from './plan-words.ts';

export function RowFields({
  idPrefix,
  name,
  textLabel,
  textHiddenLabel,
  row,
  onChange,
  onBlur,
}: {
  idPrefix: string;
  /** "doel 1" or "subdoel 1.2": makes every label unique for screen readers. */
  name: string;
  textLabel: string;
  /** Read out after the text label only, where a legend already shows the name. */
  textHiddenLabel?: string;
  row: Omit<Subgoal, 'id'>;
  onChange: (patch: RowPatch, field: string) => void;
  onBlur: () => void;
}) {
  return (
    <div className="row-fields">
      <WorkTextField
        id={`${idPrefix}-tekst`}
        label={textLabel}
        {...(textHiddenLabel ? { hiddenLabel: textHiddenLabel } : {})}
        multiline
        rows={2}
        maxLength={500}
        value={row.text}
        onChange={(text) => onChange({ text }, 'text')}
        onBlur={onBlur}
      />
      {(['activities', 'who', 'evaluation'] as const).map((column) => (
        <WorkTextField
          key={column}
          id={`${idPrefix}-${column}`}
          label={`${COLUMNS[column].label}`}
          hiddenLabel={` bij ${name}`}
          hint={COLUMNS[column].hint}
          required={false}
          multiline
          rows={2}
          maxLength={column === 'who' ? 1000 : 2000}
          value={row[column] ?? ''}
          onChange={(value) => onChange({ [column]: value }, column)}
          onBlur={onBlur}
        />
      ))}
    </div>
  );
}
