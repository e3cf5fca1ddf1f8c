/**
 * The scans or plans kept in this browser, newest change first, each with a way to throw it
 * away after a question. What a card shows and links to is the caller's.
 */
import { type ReactNode, useState } from 'react';
import type { StoredWork, WorkStore } from '../../../core/samenwerken/work-store.ts';
import { useConfirmDialog } from '../../editor/ConfirmDialog.tsx';
import { localStore } from './local-store.ts';

/** One kind of stored work: where it is kept, what it is called, and the words of its list. */
export interface StoredWorkKind<T> {
  store: WorkStore<T>;
  titleOf: (value: T) => string;
  headingId: string;
  heading: string;
  empty: string;
  /** "Plan", "Zelfscan": starts the question, its button and the message. */
  noun: string;
  /** "Het plan", "De zelfscan": what the question says is removed. */
  subject: string;
}

export function StoredWorkList<T>({
  items,
  kind,
  card,
  onDiscarded,
  children,
}: {
  items: readonly StoredWork<T>[];
  kind: StoredWorkKind<T>;
  /** The inside of one card; `discardButton` belongs among its actions. */
  card: (item: StoredWork<T>, title: string, discardButton: ReactNode) => ReactNode;
  onDiscarded?: (id: string) => void;
  /** Shown below the cards when there are any. */
  children?: ReactNode;
}) {
  const [discarded, setDiscarded] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const { confirm, dialog } = useConfirmDialog();
  const list = items.filter((item) => !discarded.includes(item.id));
  const discard = async (item: StoredWork<T>) => {
    const title = kind.titleOf(item.value);
    const ok = await confirm({
      title: `${kind.noun} "${title}" weggooien?`,
      message: `${kind.subject} wordt uit deze browser verwijderd. Dat kan niet ongedaan worden gemaakt.`,
      confirmLabel: `${kind.noun} weggooien`,
    });
    if (!ok) return;
    const browserStore = localStore();
    if (browserStore) kind.store.discard(browserStore, item.id);
    setDiscarded((ids) => [...ids, item.id]);
    onDiscarded?.(item.id);
    setMessage(`${kind.noun} "${title}" weggegooid.`);
  };
  return (
    <section aria-labelledby={kind.headingId} className="panel-section">
      <h2 id={kind.headingId}>{kind.heading}</h2>
      {list.length === 0 ? (
        <p>{kind.empty}</p>
      ) : (
        <>
          <ul className="draft-list">
            {list.map((item) => {
              const title = kind.titleOf(item.value);
              const discardButton = (
                <button type="button" className="link-button" onClick={() => discard(item)}>
                  Weggooien<span className="visually-hidden">: {title}</span>
                </button>
              );
              return (
                <li key={item.id} className="card scan-card">
                  {card(item, title, discardButton)}
                </li>
              );
            })}
          </ul>
          {children}
        </>
      )}
      <p role="status">{message}</p>
      {dialog}
    </section>
  );
}
