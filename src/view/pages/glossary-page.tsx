import content from 'virtual:routekaart/content';
import { sortAlphabetically, toListEntry } from '../../core/glossary/glossary-list.ts';
import { GLOSSARY_JSONLD_PATH } from '../../core/glossary/glossary-jsonld.ts';
import { GlossaryBrowser } from '../glossary/glossary-browser.tsx';
import { ReaderChoice } from '../glossary/reader-choice.tsx';
import { useReaderContext } from '../glossary/use-reader-context.ts';
import type { Route } from './+types/glossary-page';

export function loader() {
  return { entries: sortAlphabetically(content.glossary.map(toListEntry)) };
}

export function meta() {
  return [
    { title: 'Begrippen | Routekaart' },
    {
      name: 'description',
      content:
        'Wat betekent MDO, ZAT, OPP of POH-GGZ? Elk begrip met zijn betekenis in het onderwijs, de GGZ, de jeugdhulp, de huisartsenzorg en bij de gemeente.',
    },
  ];
}

export function links() {
  return [{ rel: 'alternate', type: 'application/ld+json', href: GLOSSARY_JSONLD_PATH }];
}

export default function GlossaryPage({ loaderData }: Route.ComponentProps) {
  const [reader, setReader] = useReaderContext();
  return (
    <div className="page glossary-page">
      <h1>Begrippen</h1>
      <p className="lead">
        School en zorg gebruiken vaak dezelfde woorden voor verschillende dingen. Hier staat per
        begrip wat het betekent in het onderwijs, de GGZ, de jeugdhulp, de huisartsenzorg en bij de
        gemeente, en hoe u het aan ouders uitlegt.
      </p>
      <ReaderChoice reader={reader} onChange={setReader} />
      <GlossaryBrowser entries={loaderData.entries} reader={reader} />
      <p className="glossary-reuse">
        Hergebruiken? De begrippenlijst staat ook als{' '}
        <a href={GLOSSARY_JSONLD_PATH} type="application/ld+json">
          SKOS JSON-LD
        </a>
        .
      </p>
    </div>
  );
}
