import content from 'virtual:routekaart/content';
import { layoutInputKey } from '../../layout/layout-input.ts';
import { loadEditorOptions } from '../editor/editor-options.server.ts';
import { ClientOnly, EditorLoading } from '../editor/start/client-only.tsx';
import { startEditorLayoutEarly } from '../editor/layout/editor-layout.ts';
import { DraftFromUrl } from '../editor/start/DraftFromUrl.tsx';
import type { Route } from './+types/editor-draft-page';

// ELK's first layout is the slowest part of opening the editor: start it while the page hydrates.
startEditorLayoutEarly();

export function loader() {
  // Template layouts from the build: a draft started from a template opens without waiting for ELK.
  const prebuilt = content.routes
    .filter(({ route }) => route.kind !== 'school')
    .map(({ route, layout }) => ({ key: layoutInputKey(route), layout }));
  return { options: loadEditorOptions(), prebuilt };
}

export function meta() {
  return [{ title: 'Concept bewerken | Routekaart' }, { name: 'robots', content: 'noindex' }];
}

export default function EditorDraftPage({ loaderData }: Route.ComponentProps) {
  return (
    <div className="page editor-page">
      <h1>Route bewerken</h1>
      <ClientOnly fallback={<EditorLoading />}>
        {() => <DraftFromUrl options={loaderData.options} prebuilt={loaderData.prebuilt} />}
      </ClientOnly>
    </div>
  );
}
