/** The zoom buttons above the chart, with Dutch text as their accessible names. */
export interface ChartControlsProps {
  scale: number;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  /** Before hydration the buttons could not do anything yet. */
  disabled: boolean;
}

export function ChartControls({ scale, onZoomIn, onZoomOut, onFit, disabled }: ChartControlsProps) {
  return (
    <div className="chart-controls">
      <button type="button" className="chart-button" onClick={onZoomIn} disabled={disabled}>
        <span aria-hidden="true">+ </span>Inzoomen
      </button>
      <button type="button" className="chart-button" onClick={onZoomOut} disabled={disabled}>
        <span aria-hidden="true">− </span>Uitzoomen
      </button>
      <button type="button" className="chart-button" onClick={onFit} disabled={disabled}>
        Passend maken
      </button>
      <span className="chart-zoom-level">Zoom {Math.round(scale * 100)}%</span>
    </div>
  );
}
