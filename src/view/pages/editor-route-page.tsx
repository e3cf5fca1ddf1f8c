import content from 'virtual:routekaart/content';
import { data } from 'react-router';
import { loadEditorOptions } from '../editor/editor-options.server.ts';
import { ClientOnly, EditorLoading } from '../editor/start/client-only.tsx';
import { startEditorLayoutEarly } from '../editor/layout/editor-layout.ts';
import { PublishedDraft } from '../editor/start/PublishedDraft.tsx';
import type { Route } from './+types/editor-route-page';

// ELK's first layout is the slowest part of opening the editor: start it while the page hydrates.
startEditorLayoutEarly();

export function loader({ params }: Route.LoaderArgs) {
  const found = content.routes.find((entry) => entry.slug === params.slug);
  if (!found) throw data(null, { status: 404 });
  return {
    slug: found.slug,
    route: found.route,
    layout: found.layout,
    options: loadEditorOptions(),
  };
}

export function meta({ data: found }: Route.MetaArgs) {
  const name = found?.route.school?.name ?? found?.route.title ?? 'Route';
  return [{ title: `${name} bewerken | Routekaart` }, { name: 'robots', content: 'noindex' }];
}

export default function EditorRoutePage({ loaderData }: Route.ComponentProps) {
  const { slug, route, layout, options } = loaderData;
  const name = route.school?.name ?? route.title;
  return (
    <div className="page editor-page">
      <h1>Route bewerken: {name}</h1>
      <ClientOnly fallback={<EditorLoading />}>
        {() => <PublishedDraft slug={slug} route={route} layout={layout} options={options} />}
      </ClientOnly>
    </div>
  );
}
