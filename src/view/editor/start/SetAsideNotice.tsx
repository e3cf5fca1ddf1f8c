/** Tells the user a stored value could not be read and where it was put, instead of failing. */
import type { SetAside } from '../../../core/editor/draft-store.ts';

export function SetAsideNotice({ items }: { items: readonly SetAside[] }) {
  if (items.length === 0) return null;
  return (
    <div className="editor-notice editor-notice--warning" role="alert">
      <p>
        {items.length === 1
          ? 'Een opgeslagen concept kon'
          : `${items.length} opgeslagen concepten konden`}{' '}
        niet worden gelezen. Niets is weggegooid:
      </p>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <code>{item.key}</code> ({item.reason}){' '}
            {item.movedTo ? (
              <>
                staat apart onder <code>{item.movedTo}</code> in de opslag van deze browser.
              </>
            ) : (
              'kon niet apart worden gezet (de opslag is vol) en staat nog op zijn plaats.'
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
