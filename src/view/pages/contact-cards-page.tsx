import content from 'virtual:routekaart/content';
import { Link, data } from 'react-router';
import { contactSheetForRoute } from '../../core/socialmap/contact-cards.ts';
import { socialMapUrl } from '../../core/socialmap/social-map-model.ts';
import { useHydrated } from '../chart/use-hydrated.ts';
import { ContactCardSheet } from '../socialmap/contact-card-sheet.tsx';
import { FictionalNotice } from '../socialmap/fictional-notice.tsx';
import '../socialmap/social-map.css';
import '../socialmap/contact-cards.css';
import type { Route } from './+types/contact-cards-page';

export function loader({ params }: Route.LoaderArgs) {
  const found = content.routes.find(
    (entry) => entry.slug === params.slug && entry.route.kind === 'school',
  );
  if (!found) throw data(null, { status: 404 });
  const sheet = contactSheetForRoute(found.route, content.socialMap);
  return {
    schoolName: found.route.school?.name ?? found.route.title,
    routeUrl: found.url,
    region: content.socialMap.region,
    ...sheet,
  };
}

export function meta({ data: found }: Route.MetaArgs) {
  if (!found) return [{ title: 'Pagina niet gevonden | Routekaart' }];
  return [
    { title: `Visitekaartjes: ${found.schoolName} | Sociale kaart | Routekaart` },
    {
      name: 'description',
      content: `Een A4 met acht visitekaartjes van de partners uit de route van ${found.schoolName}.`,
    },
  ];
}

export default function ContactCardsPage({ loaderData }: Route.ComponentProps) {
  const { schoolName, routeUrl, region, cards, leftOut } = loaderData;
  const hydrated = useHydrated();
  return (
    <div className="page contact-cards-page">
      <div className="contact-cards-intro">
        <p className="route-kicker">
          <Link to={socialMapUrl()}>Sociale kaart {region.name}</Link>
        </p>
        <h1>
          Visitekaartjes <span className="route-subtitle">{schoolName}</span>
        </h1>
        <FictionalNotice region={region} />
        <p className="lead">
          Acht kaartjes met de partners uit{' '}
          <Link to={routeUrl}>de ondersteuningsroute van {schoolName}</Link>: wie het is, waarvoor
          je er terechtkunt en hoe je ze bereikt. Druk het vel af op A4, knip langs de stippellijnen
          en geef de kaartjes aan ouders.
        </p>
        <p>
          <button
            type="button"
            className="button-primary"
            onClick={() => window.print()}
            disabled={!hydrated}
          >
            Afdrukken
          </button>{' '}
          <span className="social-map-hint">Of druk af met Ctrl + P (Cmd + P op een Mac).</span>
        </p>
        {leftOut.length > 0 && (
          <p>
            Niet op dit vel, wel in de route:{' '}
            {leftOut.map((organisation, index) => (
              <span key={organisation.id}>
                {index > 0 && ', '}
                <Link to={socialMapUrl(organisation.id)}>{organisation.name}</Link>
              </span>
            ))}
            .
          </p>
        )}
      </div>
      <ContactCardSheet cards={cards} schoolName={schoolName} />
    </div>
  );
}
