/**
 * `/embed/<slug>`: a route for an iframe on another site. Only the chart (with a
 * folded legend) and the text route; root.tsx leaves out the site's header, menu
 * and footer for this page. Links back open the full page in the whole window.
 */
import content from 'virtual:routekaart/content';
import { data } from 'react-router';
import { RouteChart } from '../chart/RouteChart.tsx';
import { routeDisplayName } from '../components/route-name.ts';
import { useHashSelection } from '../components/use-hash-selection.ts';
import { readingData } from '../reading/reading-data.ts';
import { StaleWarning } from '../reading/stale-warning.tsx';
import { LazyChartLegend, LazyRouteText } from '../reading/lazy-route-parts.tsx';
import '../styles/reading.css';
import '../styles/print.css';
import '../styles/embed.css';
import type { Route } from './+types/embed-page';

/** The route id root.tsx checks to render the page without site chrome. */
export const EMBED_ROUTE_ID = 'embed';

export function loader({ params }: Route.LoaderArgs) {
  const found = content.routes.find((entry) => entry.slug === params.slug);
  if (!found) throw data(null, { status: 404 });
  return { ...found, ...readingData(found.route, content.routes) };
}

export function meta({ data: found }: Route.MetaArgs) {
  if (!found) return [{ title: 'Pagina niet gevonden | Routekaart' }];
  return [
    { title: `${routeDisplayName(found.route)} | Routekaart` },
    // The full page is the one to find; this copy lives inside other sites.
    { name: 'robots', content: 'noindex' },
  ];
}

export default function EmbedPage({ loaderData }: Route.ComponentProps) {
  const { url, route, layout, builtOn } = loaderData;
  const [selectedId, select] = useHashSelection(route.nodes.map((node) => node.id));
  // No details panel here: choosing a step shows it in the text route, as the link does without JS.
  const selectAndShow = (id: string) => {
    select(id);
    const item = document.getElementById(id);
    item?.scrollIntoView({ block: 'start' });
    item?.focus({ preventScroll: true });
  };
  const fullPage = (
    <a href={url} target="_top">
      Bekijk de volledige route op Routekaart
    </a>
  );
  return (
    <div className="embed-page">
      <h1 className="embed-title">{routeDisplayName(route)}</h1>
      <p className="embed-back">{fullPage}</p>
      <StaleWarning verified={route.verified} maintainer={route.maintainer} builtOn={builtOn} />
      <RouteChart route={route} layout={layout} selectedId={selectedId} onSelect={selectAndShow} />
      <details className="embed-legend">
        <summary>Legenda</summary>
        <LazyChartLegend headingLevel={2} />
      </details>
      <LazyRouteText route={route} />
      <p className="embed-back">{fullPage}</p>
    </div>
  );
}
