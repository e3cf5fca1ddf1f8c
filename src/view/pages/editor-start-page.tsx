import content from 'virtual:routekaart/content';
import { Link } from 'react-router';
import { SECTOR_LABELS } from '../../core/route/sector-labels.ts';
import { ClientOnly, EditorLoading } from '../editor/start/client-only.tsx';
import { DraftList } from '../editor/start/DraftList.tsx';
import { StartChoices, type TemplateChoice } from '../editor/start/StartChoices.tsx';
import { loadEditorOptions } from '../editor/editor-options.server.ts';
import { startEditorLayoutEarly } from '../editor/layout/editor-layout.ts';
import type { Route } from './+types/editor-start-page';
import '../editor/editor.css';

// Most visits here go on to edit: ELK starts now, so even the first edit finds it warm.
startEditorLayoutEarly();

export function loader() {
  const templates: TemplateChoice[] = content.routes
    .filter(({ route }) => route.kind === 'template' || route.kind === 'care')
    .map(({ slug, route }) => ({
      slug,
      route,
      label:
        route.kind === 'care'
          ? `Zorgroute (${route.title})`
          : `Sjabloon ${route.sector ? SECTOR_LABELS[route.sector] : route.title}`,
    }));
  const published = content.routes.map(({ slug, route }) => ({
    slug,
    name: route.school ? `${route.school.name}, ${route.school.municipality}` : route.title,
  }));
  return { templates, published, options: loadEditorOptions() };
}

export function meta() {
  return [
    { title: 'Route maken of bewerken | Routekaart' },
    {
      name: 'description',
      content: 'Maak de ondersteuningsroute van je school als stroomschema, in de browser.',
    },
  ];
}

export default function EditorStartPage({ loaderData }: Route.ComponentProps) {
  const { templates, published, options } = loaderData;
  return (
    <div className="page editor-start">
      <h1>Een route maken of bewerken</h1>
      <p className="lead">
        Zet de ondersteuningsroute van je school in een schema. Je werk blijft in deze browser
        bewaard tot je het als bestand downloadt; lees daarna hoe je het{' '}
        <Link to="/publiceren">publiceert</Link>.
      </p>
      <section aria-labelledby="concepten-titel">
        <h2 id="concepten-titel">Verder met een concept</h2>
        <ClientOnly fallback={<EditorLoading />}>{() => <DraftList />}</ClientOnly>
      </section>
      <ClientOnly fallback={null}>
        {() => <StartChoices templates={templates} options={options} />}
      </ClientOnly>
      <section aria-labelledby="gepubliceerd-titel">
        <h2 id="gepubliceerd-titel">Een gepubliceerde route bewerken</h2>
        <ul className="card-list">
          {published.map((item) => (
            <li key={item.slug} className="card">
              <Link to={`/bewerken/${item.slug}`}>{item.name}</Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
