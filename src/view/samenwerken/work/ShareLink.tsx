/**
 * A link that holds the work itself in its fragment: nothing goes to a server. Making it is
 * a button (the link can be long).
 */
import { useState } from 'react';
import { ShareLinkField } from '../../components/share-link-field.tsx';

export function ShareLink({
  make,
  explanation,
}: {
  /** The full link, made when asked. */
  make: () => Promise<string>;
  explanation: string;
}) {
  // Counts the links made: each one starts with nothing copied, even when it is the same.
  const [made, setMade] = useState({ link: '', count: 0 });
  return (
    <div className="share-link">
      <p className="field-hint">{explanation}</p>
      <button
        type="button"
        className="button"
        onClick={async () => {
          const link = await make();
          setMade(({ count }) => ({ link, count: count + 1 }));
        }}
      >
        Deellink maken
      </button>
      {made.link && <ShareLinkField key={made.count} link={made.link} />}
    </div>
  );
}
