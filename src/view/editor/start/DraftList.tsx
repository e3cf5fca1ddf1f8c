/** The drafts in this browser, newest change first: continue one, or throw it away after a question. */
import { useState } from 'react';
import { Link } from 'react-router';
import {
  type DraftList as Drafts,
  discardDraft,
  listDrafts,
} from '../../../core/editor/draft-store.ts';
import type { Draft } from '../../../core/editor/draft-record.ts';
import { useConfirmDialog } from '../ConfirmDialog.tsx';
import { formatDateTime } from '../format-time.ts';
import { browserStore } from '../state/browser-store.ts';
import { useStorageRead } from '../state/use-storage-read.ts';
import { SetAsideNotice } from './SetAsideNotice.tsx';

const ORIGIN_TEXT = {
  template: 'vanaf een sjabloon',
  published: 'van een gepubliceerde route',
  import: 'uit een bestand',
  share: 'uit een deellink',
  new: 'leeg begonnen',
} as const satisfies Record<Draft['origin'], string>;

export function draftUrl(draft: Draft): string {
  return draft.origin === 'published' && draft.slug
    ? `/bewerken/${draft.slug}`
    : `/bewerken/concept?id=${draft.id}`;
}

function draftTitle(draft: Draft): string {
  return draft.route.school?.name
    ? `${draft.route.school.name}: ${draft.route.title}`
    : draft.route.title || '(zonder titel)';
}

export function DraftList() {
  const stored = useStorageRead<Drafts>(() => {
    const store = browserStore();
    return store ? listDrafts(store) : { drafts: [], setAside: [] };
  });
  const [discarded, setDiscarded] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const { confirm, dialog } = useConfirmDialog();

  const discard = async (draft: Draft) => {
    const ok = await confirm({
      title: `Concept "${draftTitle(draft)}" weggooien?`,
      message:
        'Het concept wordt uit deze browser verwijderd. Dat kan niet ongedaan worden gemaakt.',
      confirmLabel: 'Concept weggooien',
    });
    if (!ok) return;
    const store = browserStore();
    if (store) discardDraft(store, draft.id);
    setDiscarded((ids) => [...ids, draft.id]);
    setMessage(`Concept "${draftTitle(draft)}" weggegooid.`);
  };

  if (!stored) return <p>Je concepten worden gelezen…</p>;
  const list = {
    ...stored,
    drafts: stored.drafts.filter((draft) => !discarded.includes(draft.id)),
  };
  return (
    <>
      <SetAsideNotice items={list.setAside} />
      {list.drafts.length === 0 ? (
        <p>Er staan nog geen concepten in deze browser.</p>
      ) : (
        <ul className="draft-list">
          {list.drafts.map((draft) => (
            <li key={draft.id} className="card">
              <Link to={draftUrl(draft)}>{draftTitle(draft)}</Link>
              <span className="card-meta">
                {ORIGIN_TEXT[draft.origin]} · laatst gewijzigd {formatDateTime(draft.updatedAt)}
              </span>
              <button type="button" className="link-button" onClick={() => discard(draft)}>
                Weggooien<span className="visually-hidden">: {draftTitle(draft)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status">{message}</p>
      {dialog}
    </>
  );
}
