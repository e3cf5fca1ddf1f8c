import content from 'virtual:routekaart/content';
import { Link, useMatches } from 'react-router';
import { todayIso } from '../../core/dates.ts';
import { SOCIAL_MAP_PARENT_TEXTS } from '../../core/parents/social-map-texts.ts';
import { resolveQuestion } from '../../core/socialmap/question-steps.ts';
import { contactCardsUrl } from '../../core/socialmap/social-map-model.ts';
import { type Audience, AudienceSwitch } from '../socialmap/audience-switch.tsx';
import { FictionalNotice } from '../socialmap/fictional-notice.tsx';
import { NetworkView } from '../socialmap/network-view.tsx';
import { OrganisationDirectory } from '../socialmap/organisation-directory.tsx';
import { QuestionFinder } from '../socialmap/question-finder.tsx';
import { termLinks } from '../socialmap/term-links.ts';
import { WijkteamFinder } from '../socialmap/wijkteam-finder.tsx';
import '../socialmap/social-map.css';
import type { Route } from './+types/social-map-page';

/** This file serves two routes: the map for professionals and the same map told to parents. */
const PARENTS_ROUTE_ID = 'social-map-parents';

export function loader() {
  const map = content.socialMap;
  const questions = map.questions.map((question) => resolveQuestion(question, map));
  const termIds = [
    ...questions.flatMap((question) => question.terms),
    ...map.roles.flatMap((role) => role.term ?? []),
  ];
  return {
    map,
    network: content.socialNetwork,
    questions,
    terms: termLinks(content.glossary, termIds),
    schools: content.routes
      .filter((entry) => entry.route.kind === 'school')
      .map((entry) => ({ slug: entry.slug, name: entry.route.school?.name ?? entry.route.title })),
    // The build date: "possibly out of date" marks are decided when the page is made.
    today: todayIso(),
  };
}

export function meta({ location }: Route.MetaArgs) {
  return location.pathname.replace(/\/$/, '').endsWith('/voor-ouders')
    ? [
        { title: 'Waar kunt u terecht? Voor ouders en verzorgers | Routekaart' },
        {
          name: 'description',
          content:
            'Heeft u een vraag over uw kind? Zie bij wie u het beste begint, zoek hulp en vind uw wijkteam in de (fictieve) regio Voorbeeld.',
        },
      ]
    : [
        { title: 'Sociale kaart regio Voorbeeld | Routekaart' },
        {
          name: 'description',
          content:
            'Wie staat er om het kind heen, en bij wie kunt u terecht met welke vraag? Organisaties, rollen en hulp in de (fictieve) regio Voorbeeld.',
        },
      ];
}

export default function SocialMapPage({ loaderData }: Route.ComponentProps) {
  const { map, network, questions, terms, schools, today } = loaderData;
  const audience: Audience = useMatches().some((match) => match.id === PARENTS_ROUTE_ID)
    ? 'parent'
    : 'professional';
  const forParents = audience === 'parent';
  const directory = (
    <OrganisationDirectory
      organisations={map.organisations}
      roles={map.roles}
      municipalities={map.region.municipalities}
      today={today}
      searchHint={SOCIAL_MAP_PARENT_TEXTS.search}
    />
  );
  const wijkteams = map.districts && (
    <WijkteamFinder districts={map.districts} organisations={map.organisations} />
  );
  return (
    <div className="page social-map-page">
      <h1>
        {forParents ? 'Waar kunt u terecht?' : 'Sociale kaart'}{' '}
        <span className="route-subtitle">{map.region.name}</span>
      </h1>
      <AudienceSwitch current={audience} />
      <FictionalNotice region={map.region} />
      {forParents ? (
        <p className="lead">{SOCIAL_MAP_PARENT_TEXTS.lead}</p>
      ) : (
        <p className="lead">
          Wie staat er om een kind heen, wat doet elke organisatie, hoe kom je er (vrij, met een
          verwijzing, met een beschikking van de gemeente of een TLV) en hoe bereik je ze. Voor
          ouders, scholen en professionals in zorg en jeugdhulp.
        </p>
      )}
      <nav aria-label="Op deze pagina" className="page-contents">
        <ul>
          <li>
            <a href="#vraag">Ik heb een vraag over …</a>
          </li>
          {forParents && wijkteams && (
            <li>
              <a href="#wijkteam">Welk wijkteam is van u?</a>
            </li>
          )}
          <li>
            <a href="#organisaties">
              {forParents ? 'Zoek een organisatie' : 'Organisaties en hun aanbod'}
            </a>
          </li>
          {!forParents && wijkteams && (
            <li>
              <a href="#wijkteam">Welk wijkteam hoort bij welke wijk</a>
            </li>
          )}
          <li>
            <a href="#netwerk">Netwerk: wie werkt waar</a>
          </li>
          {!forParents && (
            <li>
              <a href="#visitekaartjes">Visitekaartjes voor scholen</a>
            </li>
          )}
        </ul>
      </nav>
      <QuestionFinder questions={questions} terms={terms} audience={audience} />
      {forParents ? (
        <>
          {wijkteams}
          {directory}
        </>
      ) : (
        <>
          {directory}
          {wijkteams}
        </>
      )}
      <NetworkView map={map} layout={network} terms={terms} today={today} />
      {forParents ? (
        <p>{SOCIAL_MAP_PARENT_TEXTS.professionals}</p>
      ) : (
        <section id="visitekaartjes" aria-labelledby="visitekaartjes_kop">
          <h2 id="visitekaartjes_kop">Visitekaartjes voor scholen</h2>
          <p>
            Een A4 met acht visitekaartjes van de partners uit de route van een school, om uit te
            delen aan ouders.
          </p>
          <ul className="card-list">
            {schools.map((school) => (
              <li key={school.slug} className="card">
                <Link to={contactCardsUrl(school.slug)}>Visitekaartjes van {school.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
