import content from 'virtual:routekaart/content';
import { Link } from 'react-router';
import { summarize } from '../../build/site-content.ts';
import { RouteFinder } from '../components/route-finder.tsx';
import { PARENTS_URL } from '../../core/parents/parent-urls.ts';
import { textOf } from '../../core/parents/parent-text.ts';
import { PARENT_TEXTS as START_TEXTS } from '../../core/parents/start-texts.ts';
import { PARENT_TEXTS as LINK_TEXTS } from '../../core/parents/link-texts.ts';
import type { Route } from './+types/home-page';

export function loader() {
  return { summaries: content.routes.map(summarize) };
}

export function meta() {
  return [
    { title: 'Routekaart — hoe school en zorg samenwerken rond een leerling' },
    {
      name: 'description',
      content:
        'Zoek de ondersteuningsroute van een school: wie doet wat, wanneer en hoe je contact legt.',
    },
  ];
}

export default function HomePage({ loaderData }: Route.ComponentProps) {
  const { summaries } = loaderData;
  const schools = summaries.filter((summary) => summary.kind === 'school');
  const generic = summaries.filter((summary) => summary.kind !== 'school');
  return (
    <div className="page">
      <h1>Hoe werkt de ondersteuning op deze school?</h1>
      <p className="lead">
        Routekaart toont de ondersteuningsroute van scholen als overzichtelijk schema: wie er in de
        eerste schil zit, wanneer het zorg- en adviesteam bijeenkomt, hoe je de zorgcoördinator
        bereikt en wanneer er toestemming van ouders nodig is. Voor professionals in de (jeugd-)GGZ,
        de huisartsenpraktijk, het wijkteam en voor ouders.
      </p>
      <p className="parents-entry">
        <Link to={PARENTS_URL}>{textOf(LINK_TEXTS, 'start.ingang')}</Link>
        <span>{textOf(START_TEXTS, 'start.ingang-uitleg')}</span>
      </p>
      <RouteFinder summaries={schools} />
      <section aria-labelledby="generic_heading">
        <h2 id="generic_heading">Zo werkt het meestal</h2>
        <p>
          Algemene routes: hoe het op de meeste scholen gaat, en hoe een behandeling in de jeugd-GGZ
          verloopt.
        </p>
        <ul className="card-list">
          {generic.map((summary) => (
            <li key={summary.slug} className="card">
              <Link to={summary.url}>{summary.title}</Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
