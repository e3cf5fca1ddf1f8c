import { useId } from 'react';
import { useHydrated } from '../chart/use-hydrated.ts';

/** How much of the chart stays in full view around the selected node. */
export const FOCUS_RANGES = [1, 2, 'all'] as const;
export type FocusRange = (typeof FOCUS_RANGES)[number];

/** A Record over the union: a new range without a label is a type error. */
const RANGE_LABELS: Record<FocusRange, string> = { 1: '1 stap', 2: '2 stappen', all: 'alles' };

export interface NeighbourhoodControlProps {
  value: FocusRange;
  onChange: (range: FocusRange) => void;
  /** The selected node's label, or null when none is selected. */
  selectedLabel: string | null;
  /** Nodes in full view, for the status sentence. */
  visibleCount: number | null;
}

/** "Toon alleen directe omgeving": the rest of the chart is faded, not hidden. */
export function NeighbourhoodControl({
  value,
  onChange,
  selectedLabel,
  visibleCount,
}: NeighbourhoodControlProps) {
  const id = useId();
  // Radios do nothing before hydration; disabled says so instead of failing silently.
  const disabled = !useHydrated();
  const active = value !== 'all' && selectedLabel !== null && visibleCount !== null;
  return (
    <fieldset className="focus-control" disabled={disabled} aria-describedby={`${id}-status`}>
      <legend>Toon alleen directe omgeving</legend>
      <div className="focus-options">
        {FOCUS_RANGES.map((range) => (
          <label key={range}>
            <input
              type="radio"
              name={`${id}-omgeving`}
              checked={value === range}
              onChange={() => onChange(range)}
            />{' '}
            {RANGE_LABELS[range]}
          </label>
        ))}
      </div>
      <p id={`${id}-status`} role="status" className="focus-status">
        {active
          ? `${visibleCount} onderdelen binnen ${RANGE_LABELS[value]} van ${selectedLabel}; de rest is vervaagd.`
          : value !== 'all'
            ? 'Kies een stap in het schema om de omgeving te zien.'
            : ''}
      </p>
    </fieldset>
  );
}
