/**
 * `/school/<slug>/afdrukken`: the print-ready view of a route (A4 landscape): the
 * whole chart with its legend on the first page, then the text route, the contact
 * list and when it was checked. Printing starts only when the reader asks for it.
 */
import content from 'virtual:routekaart/content';
import { Link, data } from 'react-router';
import { formatDutchDate } from '../../core/dates.ts';
import { StandaloneChart } from '../chart/StandaloneChart.tsx';
import { RouteHeader } from '../components/route-header.tsx';
import { routeDisplayName } from '../components/route-name.ts';
import { RouteText } from '../components/route-text.tsx';
import { ContactList } from '../reading/contact-list.tsx';
import { PrintButton } from '../reading/print-button.tsx';
import { PrintChartParts } from '../reading/print-chart-parts.tsx';
import { readingData } from '../reading/reading-data.ts';
import { StaleWarning } from '../reading/stale-warning.tsx';
import '../styles/reading.css';
import '../styles/print.css';
import type { Route } from './+types/print-page';

export function loader({ params, request }: Route.LoaderArgs) {
  const found = content.routes.find((entry) => entry.slug === params.slug);
  if (!found || new URL(request.url).pathname !== `${found.url}/afdrukken`) {
    throw data(null, { status: 404 });
  }
  return { ...found, ...readingData(found.route, content.routes) };
}

export function meta({ data: found }: Route.MetaArgs) {
  if (!found) return [{ title: 'Pagina niet gevonden | Routekaart' }];
  return [
    { title: `Printversie: ${routeDisplayName(found.route)} | Routekaart` },
    { name: 'robots', content: 'noindex' },
  ];
}

export default function PrintPage({ loaderData }: Route.ComponentProps) {
  const { url, route, layout, builtOn } = loaderData;
  const name = routeDisplayName(route);
  return (
    <div className="page print-page">
      <div className="print-toolbar screen-only">
        <p>
          Deze pagina is gemaakt om af te drukken op A4 liggend, of om als PDF te bewaren (kies in
          het afdrukvenster “Opslaan als PDF”).
        </p>
        <PrintButton />
        <Link to={url}>Terug naar de route</Link>
      </div>
      <RouteHeader route={route} />
      <StaleWarning verified={route.verified} maintainer={route.maintainer} builtOn={builtOn} />
      <figure className="print-chart">
        <StandaloneChart
          route={route}
          layout={layout}
          title={`Stroomschema: ${name}`}
          size="fluid"
        />
        <figcaption>
          Het hele stroomschema. Daarna volgen de delen van het schema op leesbare grootte, de route
          als tekst en alle contactgegevens.
        </figcaption>
      </figure>
      {/* The summary after the chart: on paper, page 1 is the whole route, like a procesplaat. */}
      {route.summary && <p className="lead">{route.summary}</p>}
      <PrintChartParts route={route} layout={layout} name={name} />
      <RouteText route={route} />
      <ContactList route={route} />
      <p className="print-colophon">
        Gecontroleerd op <time dateTime={route.verified}>{formatDutchDate(route.verified)}</time>,
        bijgehouden door de {route.maintainer}. Afgedrukt van Routekaart: {url}
      </p>
    </div>
  );
}
