/**
 * /bewerken/concept: opens the draft named by `?id=`, or, for a share link (`#route=…`),
 * stores the shared route as a new draft first: a share link never overwrites a draft.
 */
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { type LoadedDraft, loadDraft, saveDraft } from '../../../core/editor/draft-store.ts';
import { newDraftId } from '../../../core/editor/new-draft.ts';
import { decodeShareData, shareData } from '../../../core/editor/share-link.ts';
import type { EditorOptions } from '../editor-options.ts';
import { EditorWorkspace } from '../EditorWorkspace.tsx';
import type { PrebuiltLayout } from '../layout/use-route-layout.ts';
import { browserStore } from '../state/browser-store.ts';
import { useStorageRead } from '../state/use-storage-read.ts';
import { SetAsideNotice } from './SetAsideNotice.tsx';

export interface DraftFromUrlProps {
  options: EditorOptions;
  prebuilt: readonly PrebuiltLayout[];
}

export function DraftFromUrl({ options, prebuilt }: DraftFromUrlProps) {
  const navigate = useNavigate();
  const location = useLocation();
  const id = new URLSearchParams(location.search).get('id');
  const shared = shareData(location.hash);
  const [shareError, setShareError] = useState('');

  useEffect(() => {
    if (shared === null) return;
    let current = true;
    decodeShareData(shared).then(
      (decoded) => {
        if (!current) return;
        if (!decoded.ok) return setShareError(decoded.message);
        const store = browserStore();
        const draftId = newDraftId(Date.now(), Math.random());
        const draft = {
          id: draftId,
          origin: 'share' as const,
          updatedAt: new Date().toISOString(),
          route: decoded.route,
        };
        const saved = store
          ? saveDraft(store, draft)
          : { ok: false as const, message: 'Deze browser staat opslaan niet toe.' };
        if (!saved.ok) return setShareError(saved.message);
        navigate(`/bewerken/concept?id=${draftId}`, { replace: true });
      },
      () => current && setShareError('De deellink kon niet worden geopend.'),
    );
    return () => {
      current = false;
    };
  }, [shared, navigate]);

  if (shared !== null)
    return shareError ? (
      <Problem message={shareError} />
    ) : (
      <p role="status">De gedeelde route wordt geopend…</p>
    );
  if (!id) return <Problem message="Er is geen concept gekozen." />;
  return <StoredDraft key={id} id={id} options={options} prebuilt={prebuilt} />;
}

function StoredDraft({ id, options, prebuilt }: DraftFromUrlProps & { id: string }) {
  const loaded = useStorageRead<LoadedDraft>(() => {
    const store = browserStore();
    return store ? loadDraft(store, id) : { status: 'missing' };
  });
  if (!loaded) return <p className="canvas-wait">Je concept wordt gelezen…</p>;
  if (loaded.status === 'set-aside') return <SetAsideNotice items={[loaded.setAside]} />;
  if (loaded.status === 'missing')
    return (
      <Problem message="Dit concept staat niet (meer) in deze browser. Concepten worden per browser bewaard." />
    );
  const { draft, text } = loaded;
  return (
    <EditorWorkspace
      initialRoute={draft.route}
      draft={{ id: draft.id, origin: draft.origin, ...(draft.slug ? { slug: draft.slug } : {}) }}
      storedText={text}
      options={options}
      prebuilt={prebuilt}
    />
  );
}

function Problem({ message }: { message: string }) {
  return (
    <div className="editor-notice editor-notice--warning" role="alert">
      <p>{message}</p>
      <p>
        <Link to="/bewerken">Naar het overzicht van je concepten en de sjablonen</Link>
      </p>
    </div>
  );
}
