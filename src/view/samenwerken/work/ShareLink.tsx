/**
 * A link that holds the work itself in its fragment: nothing goes to a server. Making it is
 * a button (the link can be long); copying falls back to selecting it by hand.
 */
import { useId, useState } from 'react';

export function ShareLink({
  make,
  explanation,
}: {
  /** The full link, made when asked. */
  make: () => Promise<string>;
  explanation: string;
}) {
  const id = useId();
  const [link, setLink] = useState('');
  const [copied, setCopied] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('De link staat op het klembord.');
    } catch {
      setCopied('Kopiëren lukte niet: selecteer de link en kopieer hem zelf.');
    }
  };
  return (
    <div className="share-link">
      <p className="field-hint">{explanation}</p>
      <button
        type="button"
        className="button"
        onClick={async () => {
          setLink(await make());
          setCopied('');
        }}
      >
        Deellink maken
      </button>
      {link && (
        <div className="field">
          <label htmlFor={`${id}-link`}>Deellink ({link.length} tekens)</label>
          <input
            id={`${id}-link`}
            readOnly
            value={link}
            onFocus={(event) => event.target.select()}
          />
          <button type="button" className="button" onClick={copy}>
            Kopieer de link
          </button>
          <p role="status">{copied}</p>
        </div>
      )}
    </div>
  );
}
