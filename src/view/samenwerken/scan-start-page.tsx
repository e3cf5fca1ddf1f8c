import { Link } from 'react-router';
import { SAMENWERKEN_URL } from '../../core/samenwerken/samenwerken-urls.ts';
import { ClientOnly } from '../editor/start/client-only.tsx';
import { samenwerkenContent } from './samenwerken-data.server.ts';
import { ScanStart } from './scan/ScanStart.tsx';
import { NeedsJavaScript } from './needs-javascript.tsx';
import { SourcesList } from './sources-list.tsx';
import type { Route } from './+types/scan-start-page';
import '../editor/editor.css';
import './samenwerken.css';

export function loader() {
  const { elements } = samenwerkenContent();
  return elements;
}

export function meta() {
  return [
    { title: 'Zelfscan: hoe werken wij samen? | Routekaart' },
    {
      name: 'description',
      content:
        'Bespreek met je team de twaalf werkzame elementen van samenwerking tussen school, jeugdgezondheidszorg en wijkteam: wat gaat goed, wat kan beter?',
    },
  ];
}

export default function ScanStartPage({ loaderData }: Route.ComponentProps) {
  const { intro, elements, sources } = loaderData;
  return (
    <div className="page samenwerken-page scan-start">
      <p className="route-kicker">
        <Link to={SAMENWERKEN_URL}>Samenwerken</Link>
      </p>
      <h1>Zelfscan: hoe werken wij samen?</h1>
      <p className="lead">{intro}</p>
      <h2>Zo gebruik je de scan</h2>
      <ol className="how-to">
        <li>Kies de samenwerking, bijvoorbeeld die van jullie school met het wijkteam.</li>
        <li>
          Iedereen vult de scan eerst apart in: per element <em>gaat goed</em>, <em>kan beter</em>,{' '}
          <em>weten we niet</em> of <em>niet van toepassing</em>, met een korte toelichting.
        </li>
        <li>
          Verzamel de antwoorden (als bestand of deellink) en bekijk ze samen. Waar jullie
          verschillen, valt het meeste te bespreken.
        </li>
        <li>Maak van wat beter kan een plan van aanpak.</li>
      </ol>
      <p>
        Alles blijft in deze browser. Er wordt niets naar een server gestuurd, en je hebt geen
        account nodig.
      </p>
      <ClientOnly fallback={<NeedsJavaScript what="De zelfscan" />}>
        {() => <ScanStart elements={elements} />}
      </ClientOnly>
      <section aria-labelledby="elementen-kop" className="panel-section">
        <h2 id="elementen-kop">De twaalf elementen</h2>
        <ol className="element-overview">
          {elements.map((element) => (
            <li key={element.id}>
              <strong>{element.title}</strong>: {element.summary}
            </li>
          ))}
        </ol>
      </section>
      <SourcesList sources={sources} id="bronnen-kop" />
    </div>
  );
}
