/** Two pressed/unpressed buttons: the overview of the route's parts, or the whole chart. */
import type { ChartMode } from './use-chart-mode.ts';

export interface ChartModeSwitchProps {
  mode: ChartMode;
  onChange: (mode: ChartMode) => void;
  disabled: boolean;
}

const CAPTIONS: Record<ChartMode, string> = { overzicht: 'Overzicht', schema: 'Hele schema' };

export function ChartModeSwitch({ mode, onChange, disabled }: ChartModeSwitchProps) {
  return (
    <div className="chart-mode-switch" role="group" aria-label="Weergave">
      {(['overzicht', 'schema'] as const).map((option) => (
        <button
          key={option}
          type="button"
          className="chart-button"
          aria-pressed={mode === option}
          disabled={disabled}
          onClick={() => onChange(option)}
        >
          {CAPTIONS[option]}
        </button>
      ))}
    </div>
  );
}
