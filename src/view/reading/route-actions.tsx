import { Link } from 'react-router';
import { compareQueryUrl, compareUrl, printUrl, svgUrl } from '../../core/route/reading-urls.ts';
import type { Route } from '../../core/route/route-schema.ts';
import { SECTOR_LABELS } from '../../core/route/sector-labels.ts';
import type { CompareTarget } from './reading-data.ts';

export interface RouteActionsProps {
  slug: string;
  url: string;
  route: Route;
  compareWith: CompareTarget | null;
}

/** Print, download and compare: the ways to take a route elsewhere (embedding is at the end). */
export function RouteActions({ slug, url, route, compareWith }: RouteActionsProps) {
  return (
    <section className="route-actions" aria-labelledby="gebruiken_heading">
      <h2 id="gebruiken_heading">Deze route gebruiken</h2>
      <ul className="route-action-list">
        <li>
          <Link to={printUrl(url)}>Printversie / PDF</Link>
        </li>
        <li>
          {/* A file, not a page: a plain link so the router leaves it to the browser. */}
          <a href={svgUrl(url)} download={`${slug}-schema.svg`}>
            Download het schema (SVG)
          </a>
        </li>
        {route.kind === 'school' && (
          <CompareLink slug={slug} route={route} compareWith={compareWith} />
        )}
        <li>
          <Link to={compareQueryUrl(slug, '')}>Vergelijk met een andere route</Link>
        </li>
      </ul>
    </section>
  );
}

function CompareLink({
  slug,
  route,
  compareWith,
}: {
  slug: string;
  route: Route;
  compareWith: CompareTarget | null;
}) {
  const sector = route.sector ? SECTOR_LABELS[route.sector] : 'deze sector';
  if (!compareWith)
    return <li>Er is nog geen algemeen voorbeeld voor {sector} om mee te vergelijken.</li>;
  return (
    <li>
      <Link to={compareUrl(slug, compareWith.slug)}>Vergelijk met het algemene voorbeeld</Link>
      {!compareWith.sameSector && (
        <span className="route-action-note">
          {' '}
          (er is geen apart voorbeeld voor {sector}; dit is het voorbeeld dat er het meest op lijkt)
        </span>
      )}
    </li>
  );
}
