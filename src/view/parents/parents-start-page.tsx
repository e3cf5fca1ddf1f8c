/**
 * `/ouders`: the way in for parents. Find your child's school (its route told to parents),
 * ask a question (the social map), look up a word (its meaning for parents), who is who.
 */
import content from 'virtual:routekaart/content';
import { Link } from 'react-router';
import { summarize } from '../../build/site-content.ts';
import { meaningsOf } from '../../core/glossary/route-terms.ts';
import { SECTORS, type Sector } from '../../core/route/route-kinds.ts';
import { COMMON_TERMS } from '../../core/parents/start-texts.ts';
import {
  GENERAL_CONTACTS_URL,
  parentRouteUrl,
  parentTermUrl,
} from '../../core/parents/parent-urls.ts';
import { pt } from '../../core/parents/texts.ts';
import { RouteFinder } from '../components/route-finder.tsx';
import '../styles/reading.css';
import '../styles/print.css';
import '../styles/parents.css';
import type { Route } from './+types/parents-start-page';

export function loader() {
  const words = COMMON_TERMS.flatMap((term) => {
    const first = meaningsOf(content.glossary, term)[0];
    return first ? [{ term, label: first.prefLabel }] : [];
  });
  return { summaries: content.routes.map(summarize), words };
}

function sectorRank(sector: Sector | undefined): number {
  return sector === undefined ? SECTORS.length : SECTORS.indexOf(sector);
}

export function meta() {
  return [
    { title: `${pt('start.titel')} | Routekaart` },
    { name: 'description', content: pt('start.intro') },
  ];
}

export default function ParentsStartPage({ loaderData }: Route.ComponentProps) {
  const { summaries, words } = loaderData;
  const schools = summaries.filter((summary) => summary.kind === 'school');
  // Basisschool, middelbare school, mbo: the order a child goes through them.
  const templates = summaries
    .filter((summary) => summary.kind === 'template')
    .sort((a, b) => sectorRank(a.sector) - sectorRank(b.sector));
  return (
    <div className="page parents-page">
      <h1>{pt('start.titel')}</h1>
      <p className="lead">{pt('start.intro')}</p>
      <RouteFinder
        summaries={schools}
        heading={pt('start.school.kop')}
        intro={pt('start.school.uitleg')}
        label={pt('start.school.zoekveld')}
        hrefOf={(summary) => parentRouteUrl(summary.url)}
      />
      <section aria-labelledby="meestal_heading">
        <h2 id="meestal_heading">{pt('start.meestal.kop')}</h2>
        <p>{pt('start.meestal.uitleg')}</p>
        <ul className="card-list">
          {templates.map((summary) => (
            <li key={summary.slug} className="card">
              <Link to={parentRouteUrl(summary.url)}>{summary.title}</Link>
            </li>
          ))}
        </ul>
      </section>
      <div className="parents-ways">
        <section aria-labelledby="vraag_heading" className="parents-way">
          <h2 id="vraag_heading">{pt('start.vraag.kop')}</h2>
          <p>{pt('start.vraag.uitleg')}</p>
          <p>
            <Link to="/sociale-kaart/voor-ouders">{pt('start.vraag.link')}</Link>
          </p>
        </section>
        <section aria-labelledby="woord_heading" className="parents-way">
          <h2 id="woord_heading">{pt('start.woord.kop')}</h2>
          <p>{pt('start.woord.uitleg')}</p>
          <ul className="inline-list parents-words">
            {words.map((word) => (
              <li key={word.term}>
                <Link to={parentTermUrl(word.term)}>{word.label}</Link>
              </li>
            ))}
            <li>
              <Link to="/begrippen">{pt('start.woord.alle')}</Link>
            </li>
          </ul>
        </section>
        <section aria-labelledby="wie_heading" className="parents-way">
          <h2 id="wie_heading">{pt('start.wie.kop')}</h2>
          <p>{pt('start.wie.uitleg')}</p>
          <p>
            <Link to={GENERAL_CONTACTS_URL}>{pt('start.wie.link')}</Link>
          </p>
        </section>
      </div>
    </div>
  );
}
