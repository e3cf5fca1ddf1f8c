import { formatDutchDate } from '../../core/dates.ts';
import type { Route } from '../../core/route/route-schema.ts';
import { SECTOR_LABELS } from '../../core/route/sector-labels.ts';

const KIND_INTROS = {
  school: 'De ondersteuningsroute van deze school.',
  template:
    'Zo werkt het op de meeste scholen. Elke school kan hiervan afwijken: kijk bij de school zelf.',
  care: 'Zo verloopt het aan de kant van de zorg.',
} as const;

/**
 * Title and facts of a route, kept compact so the chart starts in the first screen: the
 * facts are one wrapping line; pages show the summary after the chart.
 */
export function RouteHeader({ route }: { route: Route }) {
  const school = route.school;
  return (
    <header className="route-header">
      <p className="route-kicker">{KIND_INTROS[route.kind]}</p>
      <h1>
        {school ? (
          <>
            {school.name}
            <span className="route-subtitle">{route.title}</span>
          </>
        ) : (
          route.title
        )}
      </h1>
      <dl className="route-meta">
        {school && (
          <div>
            <dt>Gemeente</dt>
            <dd>{school.municipality}</dd>
          </div>
        )}
        {route.sector && (
          <div>
            <dt>Onderwijs</dt>
            <dd>{SECTOR_LABELS[route.sector]}</dd>
          </div>
        )}
        {school?.samenwerkingsverband && (
          <div>
            <dt>Samenwerkingsverband</dt>
            <dd>{school.samenwerkingsverband}</dd>
          </div>
        )}
        <div>
          <dt>Gecontroleerd op</dt>
          <dd>
            <time dateTime={route.verified}>{formatDutchDate(route.verified)}</time>
          </dd>
        </div>
        <div>
          <dt>Bijgehouden door</dt>
          <dd>{route.maintainer}</dd>
        </div>
      </dl>
    </header>
  );
}
