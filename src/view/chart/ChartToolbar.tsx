/**
 * The controls below the chart box: overview or whole chart, zoom, parts of the chart
 * ("Ga naar") and whether every connection is drawn.
 */
import type { Box, LaidOutGroup, LaidOutNode } from '../../layout/layout-types.ts';
import { BandNavigator } from './BandNavigator.tsx';
import { ChartControls } from './ChartControls.tsx';
import { ChartModeSwitch } from './ChartModeSwitch.tsx';
import type { ChartMode } from './use-chart-mode.ts';

export interface ChartToolbarProps {
  /** Null when the route has no overview. */
  mode: ChartMode | null;
  onMode: (mode: ChartMode) => void;
  scale: number;
  onZoom: (direction: 'in' | 'out') => void;
  onFit: () => void;
  /** The bands to offer under "Ga naar"; null while the overview offers them itself. */
  bands: {
    groups: readonly LaidOutGroup[];
    labels: ReadonlyMap<string, string>;
    nodes: readonly LaidOutNode[];
  } | null;
  onShowPart: (box: Box) => void;
  allConnections: boolean;
  onAllConnections: (all: boolean) => void;
  /** Before hydration the controls could not do anything yet. */
  disabled: boolean;
}

export function ChartToolbar(props: ChartToolbarProps) {
  const { mode, bands, disabled } = props;
  return (
    <div className="chart-toolbar">
      {mode && <ChartModeSwitch mode={mode} onChange={props.onMode} disabled={disabled} />}
      <ChartControls
        scale={props.scale}
        onZoomIn={() => props.onZoom('in')}
        onZoomOut={() => props.onZoom('out')}
        onFit={props.onFit}
        disabled={disabled}
      />
      {bands && <BandNavigator {...bands} onShow={props.onShowPart} disabled={disabled} />}
      <label className="chart-toggle">
        <input
          type="checkbox"
          checked={props.allConnections}
          disabled={disabled}
          onChange={(event) => props.onAllConnections(event.target.checked)}
        />
        Alle verbindingen
      </label>
    </div>
  );
}

/** What the chart shows and how to move it; `${id}-beschrijving` and `${id}-hulp` describe the chart box. */
export function ChartHelp({ id }: { id: string }) {
  return (
    <>
      <p id={`${id}-beschrijving`} className="chart-description">
        De doorgetrokken pijlen tonen de weg die een vraag aflegt. Wie advies vraagt, wie
        terugkoppelt en wie deelneemt, ziet u bij een gekozen stap of met ‘Alle verbindingen’.
        Dezelfde route staat ook als tekst: <a href="#route-tekst">lees de route als tekst</a>.
      </p>
      <p id={`${id}-hulp`} className="chart-hint">
        Verschuif door te slepen. Zoom met de knoppen, met Ctrl + scrollwiel (Cmd op een Mac) of met
        twee vingers. Met het schema in focus: pijltjestoetsen verschuiven, + en − zoomen.
      </p>
    </>
  );
}
