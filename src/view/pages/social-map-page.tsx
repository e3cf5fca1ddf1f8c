import content from 'virtual:routekaart/content';
import { Link } from 'react-router';
import { todayIso } from '../../core/dates.ts';
import { resolveQuestion } from '../../core/socialmap/question-steps.ts';
import { contactCardsUrl } from '../../core/socialmap/social-map-model.ts';
import { FictionalNotice } from '../socialmap/fictional-notice.tsx';
import { NetworkView } from '../socialmap/network-view.tsx';
import { OrganisationDirectory } from '../socialmap/organisation-directory.tsx';
import { QuestionFinder } from '../socialmap/question-finder.tsx';
import { termLinks } from '../socialmap/term-links.ts';
import '../socialmap/social-map.css';
import type { Route } from './+types/social-map-page';

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

export function meta() {
  return [
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
  return (
    <div className="page social-map-page">
      <h1>
        Sociale kaart <span className="route-subtitle">{map.region.name}</span>
      </h1>
      <FictionalNotice region={map.region} />
      <p className="lead">
        Wie staat er om een kind heen, wat doet elke organisatie, hoe kom je er (vrij, met een
        verwijzing, met een beschikking van de gemeente of een TLV) en hoe bereik je ze. Voor
        ouders, scholen en professionals in zorg en jeugdhulp.
      </p>
      <nav aria-label="Op deze pagina" className="page-contents">
        <ul>
          <li>
            <a href="#vraag">Ik heb een vraag over …</a>
          </li>
          <li>
            <a href="#organisaties">Organisaties en hun aanbod</a>
          </li>
          <li>
            <a href="#netwerk">Netwerk: wie werkt waar</a>
          </li>
          <li>
            <a href="#visitekaartjes">Visitekaartjes voor scholen</a>
          </li>
        </ul>
      </nav>
      <QuestionFinder questions={questions} terms={terms} />
      <OrganisationDirectory
        organisations={map.organisations}
        municipalities={map.region.municipalities}
        today={today}
      />
      <NetworkView map={map} layout={network} terms={terms} today={today} />
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
    </div>
  );
}
