/**
 * `/beheer`: for whoever runs this Routekaart (linked from the footer only). Checking a file
 * a school sent in, all routes and how fresh they are, schools without a route, and how a
 * file goes online. Everything runs in the browser; the site stays static.
 */
import content from 'virtual:routekaart/content';
import site from 'virtual:routekaart/site';
import { todayIso } from '../../core/dates.ts';
import { beheerData } from '../beheer/beheer-data.ts';
import { CheckFile } from '../beheer/check-file.tsx';
import { PublishSteps } from '../beheer/publish-steps.tsx';
import { RoutesOverview } from '../beheer/routes-overview.tsx';
import '../editor/editor.css';
import '../compare/compare.css';
import '../beheer/beheer.css';
import type { Route } from './+types/beheer-page';

export function loader() {
  return { ...beheerData(content), builtOn: todayIso() };
}

export function meta() {
  return [
    { title: 'Beheer | Routekaart' },
    {
      name: 'description',
      content:
        'Voor de beheerder: ingestuurde routes controleren en zien welke routes verouderd zijn.',
    },
    // A working page for one organisation, not something to find through a search engine.
    { name: 'robots', content: 'noindex' },
  ];
}

export default function BeheerPage({ loaderData }: Route.ComponentProps) {
  const { rows, published, schoolsWithoutRoute, refs, builtOn } = loaderData;
  return (
    <div className="page beheer-page">
      <h1>Beheer</h1>
      <p className="lead">
        Voor {site.beheerder.organisation}, de beheerder van deze Routekaart: controleer wat scholen
        insturen, zie welke routes verouderd zijn en herinner de school eraan.
      </p>
      <CheckFile published={published} refs={refs} />
      <RoutesOverview rows={rows} builtOn={builtOn} />
      <section aria-labelledby="zonder_route_heading" className="beheer-section">
        <h2 id="zonder_route_heading">Scholen zonder route</h2>
        {schoolsWithoutRoute.length === 0 ? (
          <p>Elke school op de sociale kaart heeft een route.</p>
        ) : (
          <>
            <p>Deze scholen staan op de sociale kaart, maar hebben nog geen route op Routekaart.</p>
            <ul>
              {schoolsWithoutRoute.map((school) => (
                <li key={school.url}>
                  <a href={school.url}>{school.name}</a>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="online_heading" className="beheer-section">
        <h2 id="online_heading">Een route online zetten</h2>
        <p>
          Scholen sturen hun route vanuit de editor naar {site.beheerder.email} (zie{' '}
          <a href="/publiceren">Je route publiceren</a>). Controleer het bestand hierboven; de
          controle noemt dan ook de precieze bestandsnaam.
        </p>
        <PublishSteps fileName={null} pageUrl="/school/<naam>" />
      </section>
    </div>
  );
}
