/**
 * A link that holds the whole draft (also an unfinished one) in its fragment: the route
 * never goes to a server. Opening it starts a new draft, next to any existing ones.
 */
import { useId, useState } from 'react';
import { encodeShareFragment } from '../../../core/editor/share-link.ts';
import { useEditorApi } from '../editor-context.ts';

export const SHARE_PAGE = '/bewerken/concept';

export function ShareSection() {
  const api = useEditorApi();
  const id = useId();
  const [link, setLink] = useState('');
  const [copied, setCopied] = useState('');

  const make = async () => {
    const fragment = await encodeShareFragment(api.route);
    setLink(`${window.location.origin}${SHARE_PAGE}#${fragment}`);
    setCopied('');
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('De link staat op het klembord.');
    } catch {
      setCopied('Kopiëren lukte niet: selecteer de link en kopieer hem zelf.');
    }
  };

  return (
    <section aria-labelledby={`${id}-titel`} className="panel-section">
      <h3 id={`${id}-titel`}>Delen met een link</h3>
      <p className="field-hint">
        De hele route staat in de link zelf; er wordt niets naar een server gestuurd. Wie de link
        opent, krijgt een eigen concept.
      </p>
      <button type="button" className="button" onClick={make}>
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
    </section>
  );
}
