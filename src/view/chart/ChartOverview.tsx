/**
 * The overview of a route: its parts top to bottom, as the chart's bands, each with its
 * steps and where the main flow goes on. A big route opens with it instead of a whole chart
 * too small to read; choosing a part shows it in the chart at a readable size, choosing a
 * step selects it. Plain HTML: it reads the same on a phone and to a screen reader.
 */
import { type Ref, useId, useMemo } from 'react';
import { type OverviewPart, routeOverview } from '../../core/route/route-overview.ts';
import type { Route } from '../../core/route/route-schema.ts';

export interface ChartOverviewProps {
  route: Route;
  onShowGroup: (groupId: string) => void;
  onSelectStep: (stepId: string) => void;
}

export default function ChartOverview({
  route,
  onShowGroup,
  onSelectStep,
  ref,
}: ChartOverviewProps & { ref?: Ref<HTMLDivElement> }) {
  const id = useId();
  const overview = useMemo(() => routeOverview(route), [route]);
  const stepLabels = useMemo(
    () => new Map(route.nodes.map((node) => [node.id, node.label])),
    [route.nodes],
  );
  const partLabels = new Map(
    overview.rows.flatMap((row) => row.parts.map((part) => [part.key, part.label] as const)),
  );
  return (
    <div ref={ref} className="chart-overview">
      <p id={`${id}-uitleg`} className="chart-overview-intro">
        {`Deze route heeft ${stepLabels.size} stappen, in delen van boven naar beneden: de weg die een vraag aflegt. Kies een deel om het in het schema te zien, of een stap voor de details.`}
      </p>
      <ol
        className="chart-overview-rows"
        aria-label="Overzicht van de route"
        aria-describedby={`${id}-uitleg`}
      >
        {overview.rows.map((row) => (
          <li key={row.parts[0]?.key} className="chart-overview-row">
            {row.parts.map((part) => (
              <OverviewCard
                key={part.key}
                part={part}
                next={(overview.next.get(part.key) ?? []).map((key) => partLabels.get(key) ?? key)}
                stepLabels={stepLabels}
                onShowGroup={onShowGroup}
                onSelectStep={onSelectStep}
              />
            ))}
          </li>
        ))}
      </ol>
    </div>
  );
}

interface OverviewCardProps extends Omit<ChartOverviewProps, 'route'> {
  stepLabels: ReadonlyMap<string, string>;
  part: OverviewPart;
  next: string[];
}

function OverviewCard({ part, next, stepLabels, onShowGroup, onSelectStep }: OverviewCardProps) {
  const nextLine = next.length > 0 && (
    <p className="chart-overview-next">Daarna: {next.join(' · ')}</p>
  );
  if (part.kind === 'step') {
    return (
      <div className="chart-overview-part chart-overview-part--step">
        <button type="button" className="chart-overview-step" onClick={() => onSelectStep(part.id)}>
          {part.label}
        </button>
        {nextLine}
      </div>
    );
  }
  return (
    <div className="chart-overview-part chart-overview-part--group">
      <h3 className="chart-overview-title">
        <button type="button" className="chart-overview-show" onClick={() => onShowGroup(part.id)}>
          {part.label}
        </button>{' '}
        <span className="chart-overview-count">
          {part.stepIds.length === 1 ? '1 stap' : `${part.stepIds.length} stappen`}
        </span>
      </h3>
      <ul className="chart-overview-steps" aria-label={`Stappen in ${part.label}`}>
        {part.stepIds.map((stepId) => (
          <li key={stepId}>
            <button
              type="button"
              className="chart-overview-step"
              onClick={() => onSelectStep(stepId)}
            >
              {stepLabels.get(stepId) ?? stepId}
            </button>
          </li>
        ))}
      </ul>
      {nextLine}
    </div>
  );
}
