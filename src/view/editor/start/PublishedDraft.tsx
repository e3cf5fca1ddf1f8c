/**
 * Editing a published route (/bewerken/<slug>): continues this browser's draft of it if
 * there is one, else starts from the published version (stored from the first change on).
 */
import { useState } from 'react';
import { loadDraft, discardDraft, type LoadedDraft } from '../../../core/editor/draft-store.ts';
import { publishedDraftId } from '../../../core/editor/new-draft.ts';
import type { Route } from '../../../core/route/route-schema.ts';
import { layoutInputKey } from '../../../layout/layout-input.ts';
import type { RouteLayout } from '../../../layout/layout-types.ts';
import { useConfirmDialog } from '../ConfirmDialog.tsx';
import type { EditorOptions } from '../editor-options.ts';
import { EditorWorkspace } from '../EditorWorkspace.tsx';
import { formatDateTime } from '../format-time.ts';
import { browserStore } from '../state/browser-store.ts';
import { useStorageRead } from '../state/use-storage-read.ts';
import { SetAsideNotice } from './SetAsideNotice.tsx';

export interface PublishedDraftProps {
  slug: string;
  route: Route;
  layout: RouteLayout;
  options: EditorOptions;
}

export function PublishedDraft({ slug, route, layout, options }: PublishedDraftProps) {
  const id = publishedDraftId(slug);
  const stored = useStorageRead<LoadedDraft>(() => {
    const store = browserStore();
    return store ? loadDraft(store, id) : { status: 'missing' };
  });
  const [restarted, setRestarted] = useState(0);
  const { confirm, dialog } = useConfirmDialog();

  const restart = async () => {
    const ok = await confirm({
      title: 'Opnieuw beginnen?',
      message:
        'Je concept van deze route wordt weggegooid; je begint weer bij de gepubliceerde versie.',
      confirmLabel: 'Concept weggooien',
    });
    if (!ok) return;
    const store = browserStore();
    if (store) discardDraft(store, id);
    setRestarted((value) => value + 1);
  };

  if (!stored) return <p className="canvas-wait">Je concept wordt gelezen…</p>;
  // After "start again" the stored draft is gone: start from the published route.
  const loaded: LoadedDraft = restarted > 0 ? { status: 'missing' } : stored;
  const found = loaded.status === 'found' ? loaded.draft : null;
  const notice = found ? (
    <div className="editor-notice" role="status">
      <p>
        Je gaat verder met je concept van deze route (laatst gewijzigd{' '}
        {formatDateTime(found.updatedAt)}).{' '}
        <button type="button" className="link-button" onClick={restart}>
          Opnieuw beginnen vanaf de gepubliceerde route
        </button>
      </p>
    </div>
  ) : loaded.status === 'set-aside' ? (
    <SetAsideNotice items={[loaded.setAside]} />
  ) : undefined;

  return (
    <>
      <EditorWorkspace
        key={restarted}
        initialRoute={found?.route ?? route}
        draft={{ id, origin: 'published', slug }}
        published={route}
        storedText={loaded.status === 'found' ? loaded.text : null}
        options={options}
        prebuilt={[{ key: layoutInputKey(route), layout }]}
        notice={notice}
      />
      {dialog}
    </>
  );
}
