/**
 * `/school/<slug>/versies/<commit>`: one version of a route's file against the one before
 * it, from the repository's history (read at build time, see route-history.ts). The lists
 * are the compare view's; the charts are left out, as old versions have no layout.
 */
import content from 'virtual:routekaart/content';
import { Link, data } from 'react-router';
import { versionPair } from '../../build/route-history.ts';
import { formatDutchDate } from '../../core/dates.ts';
import { diffRoutes } from '../../core/reading/route-diff.ts';
import { summarizeRouteChanges } from '../../core/reading/route-changes.ts';
import { routeShortName } from '../components/route-name.ts';
import { DiffList } from '../compare/diff-list.tsx';
import '../compare/compare.css';
import '../styles/reading.css';
import type { Route } from './+types/version-page';

export function loader({ params, request }: Route.LoaderArgs) {
  const found = content.routes.find((entry) => entry.slug === params.slug);
  if (!found || !new URL(request.url).pathname.startsWith(`${found.url}/versies/`))
    throw data(null, { status: 404 });
  const pair = versionPair(content.history[found.slug], params.version);
  if (!pair) throw data(null, { status: 404 });
  const side = (version: typeof pair.before) => ({
    slug: `${found.slug}-${version.commit.slice(0, 10)}`,
    url: found.url,
    name: `de versie van ${formatDutchDate(version.date)}`,
    route: version.route,
  });
  return {
    name: routeShortName(found.route),
    url: found.url,
    date: pair.after.date,
    summary: summarizeRouteChanges(pair.before.route, pair.after.route),
    a: side(pair.before),
    b: side(pair.after),
    diff: diffRoutes(pair.before.route, pair.after.route),
  };
}

export function meta({ data: found }: Route.MetaArgs) {
  if (!found) return [{ title: 'Pagina niet gevonden | Routekaart' }];
  return [
    { title: `Wat is er veranderd op ${formatDutchDate(found.date)}? ${found.name} | Routekaart` },
    { name: 'description', content: found.summary },
  ];
}

export default function VersionPage({ loaderData }: Route.ComponentProps) {
  const { name, url, date, summary, a, b, diff } = loaderData;
  return (
    <div className="page compare-page version-page">
      <p className="route-kicker">
        <Link to={url}>{name}</Link>
      </p>
      <h1>
        Wat is er veranderd?
        <span className="route-subtitle">
          De versie van {formatDutchDate(date)}, vergeleken met {a.name}
        </span>
      </h1>
      <p className="lead">{summary}</p>
      <DiffList a={a} b={b} diff={diff} />
      <p>
        <Link to={url}>Terug naar de route zoals hij nu is</Link>
      </p>
    </div>
  );
}
