import content from 'virtual:routekaart/content';
import { data } from 'react-router';
import { RouteChart } from '../chart/RouteChart';
import { ChartLegend } from '../chart/ChartLegend';
import { NodeDetails } from '../components/node-details';
import { RouteHeader } from '../components/route-header';
import { RouteText } from '../components/route-text';
import { useHashSelection } from '../components/use-hash-selection';
import type { Route } from './+types/route-page';

export function loader({ params, request }: Route.LoaderArgs) {
  const found = content.routes.find((entry) => entry.slug === params.slug);
  // A school's route only under /school, templates and care routes only under /route.
  if (!found || new URL(request.url).pathname !== found.url) throw data(null, { status: 404 });
  return found;
}

export function meta({ data: found }: Route.MetaArgs) {
  if (!found) return [{ title: 'Pagina niet gevonden | Routekaart' }];
  const { route } = found;
  const name = route.school?.name;
  return [
    { title: name ? `${name}: ${route.title} | Routekaart` : `${route.title} | Routekaart` },
    { name: 'description', content: route.summary ?? route.title },
  ];
}

export default function RoutePage({ loaderData }: Route.ComponentProps) {
  const { route, layout } = loaderData;
  const [selectedId, select] = useHashSelection(route.nodes.map((node) => node.id));
  return (
    <div className="page route-page">
      <RouteHeader route={route} />
      <section aria-labelledby="chart_heading" className="chart-section">
        <h2 id="chart_heading">Schema</h2>
        <div className="chart-and-details">
          <RouteChart route={route} layout={layout} selectedId={selectedId} onSelect={select} />
          <NodeDetails route={route} selectedId={selectedId} />
        </div>
        <ChartLegend headingLevel={3} />
      </section>
      <RouteText route={route} />
    </div>
  );
}
