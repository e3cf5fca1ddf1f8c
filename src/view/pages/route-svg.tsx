/**
 * `/school/<slug>/schema.svg` and `/route/<slug>/schema.svg`: the published chart as a
 * standalone SVG file. A resource route (no component): React Router prerenders its
 * response to a static file at build time, so the download is the very drawing the
 * page shows, from the same components and the same stored layout.
 */
import content from 'virtual:routekaart/content';
import { renderToStaticMarkup } from 'react-dom/server';
import { data } from 'react-router';
import { formatDutchDate } from '../../core/dates.ts';
import { StandaloneChart } from '../chart/StandaloneChart.tsx';
import { routeDisplayName } from '../components/route-name.ts';
import type { Route } from './+types/route-svg';

export function loader({ params, request }: Route.LoaderArgs) {
  const found = content.routes.find((entry) => entry.slug === params.slug);
  if (!found || new URL(request.url).pathname !== `${found.url}/schema.svg`) {
    throw data(null, { status: 404 });
  }
  const { route, layout } = found;
  const name = routeDisplayName(route);
  const svg = renderToStaticMarkup(
    <StandaloneChart
      route={route}
      layout={layout}
      title={`Stroomschema: ${name}`}
      heading={{
        title: name,
        subtitle: `Gecontroleerd op ${formatDutchDate(route.verified)} · bijgehouden door ${route.maintainer} · Routekaart`,
      }}
    />,
  );
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
}
