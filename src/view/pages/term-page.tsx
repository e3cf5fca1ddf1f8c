import content from 'virtual:routekaart/content';
import { Link, data } from 'react-router';
import {
  CONTEXT_LABELS,
  byContextPreference,
  firstSentence,
  symmetricRelated,
} from '../../core/glossary/glossary-model.ts';
import { meaningsOf } from '../../core/glossary/route-terms.ts';
import { ReaderChoice } from '../glossary/reader-choice.tsx';
import { TermMeaning } from '../glossary/term-meaning.tsx';
import { preloadTermBodies } from '../glossary/term-bodies.ts';
import { useReaderContext } from '../glossary/use-reader-context.ts';
import { useParentsFirst } from '../glossary/use-parents-first.ts';
import { textOf } from '../../core/parents/parent-text.ts';
import { PARENT_TEXTS as LINK_TEXTS } from '../../core/parents/link-texts.ts';
import { todayIso } from '../../core/dates.ts';
import { PageFeedback } from '../components/page-feedback.tsx';
import type { Route } from './+types/term-page';

const PARENTS_FIRST_NOTE = textOf(LINK_TEXTS, 'route.begrip-ouders-eerst');

export async function loader({ params }: Route.LoaderArgs) {
  const meanings = byContextPreference(meaningsOf(content.glossary, params.term), null);
  if (meanings.length === 0) throw data(null, { status: 404 });
  // Prerendering then renders the bodies at once instead of suspending.
  await preloadTermBodies(meanings.map((entry) => entry.id));
  const relatedIds = symmetricRelated(content.glossary);
  const byId = new Map(content.glossary.map((entry) => [entry.id, entry]));
  // "MDO (GGZ)": a word with several meanings needs its context to tell the links apart.
  const linkTo = (id: string) => {
    const entry = byId.get(id);
    if (!entry) return [];
    const shared = meaningsOf(content.glossary, entry.term).length > 1;
    const label = shared
      ? `${entry.prefLabel} (${CONTEXT_LABELS[entry.context]})`
      : entry.prefLabel;
    return [{ id, term: entry.term, label }];
  };
  return {
    meanings,
    related: Object.fromEntries(
      meanings.map((entry) => [entry.id, (relatedIds.get(entry.id) ?? []).flatMap(linkTo)]),
    ),
    routes: content.routes
      .filter((entry) => entry.terms.some((summary) => summary.term === params.term))
      .map(({ url, route }) => ({ url, title: route.school?.name ?? route.title })),
    builtOn: todayIso(),
  };
}

/** On navigation within the site, the bodies load with the data: no flash of a missing part. */
export async function clientLoader({ serverLoader }: Route.ClientLoaderArgs) {
  const loaded = await serverLoader();
  await preloadTermBodies(loaded.meanings.map((entry) => entry.id));
  return loaded;
}

export function meta({ data: found }: Route.MetaArgs) {
  const first = found?.meanings[0];
  if (!first) return [{ title: 'Pagina niet gevonden | Routekaart' }];
  return [
    { title: `${first.prefLabel}: wat betekent het? | Begrippen | Routekaart` },
    { name: 'description', content: firstSentence(first.definition) },
  ];
}

export default function TermPage({ loaderData }: Route.ComponentProps) {
  const [stored, setStored] = useReaderContext();
  // A link from a text for parents (?voor=ouders) shows their meaning first, until the
  // reader picks a context of their own.
  const [parentsFirst, setReader] = useParentsFirst(setStored);
  const reader = parentsFirst ? 'ouder' : stored;
  const meanings = byContextPreference(loaderData.meanings, reader);
  const title = loaderData.meanings[0]!.prefLabel;
  return (
    <div className="page term-page">
      <p className="route-kicker">
        <Link to="/begrippen">Alle begrippen</Link>
      </p>
      <h1>{title}</h1>
      {meanings.length > 1 && (
        <p className="lead">
          Dit woord betekent niet overal hetzelfde. Hieronder staan de {meanings.length}{' '}
          betekenissen naast elkaar
          {reader && reader !== 'ouder' ? ', die van uw eigen werkveld eerst' : ''}.
        </p>
      )}
      {parentsFirst && <p className="parents-note">{PARENTS_FIRST_NOTE}</p>}
      <ReaderChoice reader={reader} onChange={setReader} />
      <div className="meanings">
        {meanings.map((entry) => (
          <TermMeaning
            key={entry.id}
            entry={entry}
            related={loaderData.related[entry.id] ?? []}
            reader={reader}
          />
        ))}
      </div>
      <section aria-labelledby="routes_heading" className="term-routes">
        <h2 id="routes_heading">Routes die dit begrip gebruiken</h2>
        {loaderData.routes.length > 0 ? (
          <ul className="card-list">
            {loaderData.routes.map((route) => (
              <li key={route.url} className="card">
                <Link to={route.url}>{route.title}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>Nog geen route in Routekaart gebruikt dit begrip.</p>
        )}
      </section>
      <PageFeedback
        pageTitle={`${title} (begrippen)`}
        path={`/begrippen/${loaderData.meanings[0]!.term}`}
        builtOn={loaderData.builtOn}
      />
    </div>
  );
}
