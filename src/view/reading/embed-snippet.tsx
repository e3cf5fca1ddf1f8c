import { useId, useRef, useState } from 'react';
import { iframeSnippet } from '../../core/route/embed-code.ts';
import { useHydrated } from '../chart/use-hydrated.ts';

/**
 * The iframe code for another site, with a copy button. The site's address is only
 * known in the browser (a static build has no host name), so the prerendered code
 * starts with the path and gets the origin once the page runs.
 */
export function EmbedSnippet({ slug, name }: { slug: string; name: string }) {
  const id = useId();
  const hydrated = useHydrated();
  const field = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const code = iframeSnippet(hydrated ? window.location.origin : '', slug, name);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus('De code is gekopieerd.');
    } catch {
      // No clipboard permission (e.g. an insecure context): select it for Ctrl+C instead.
      field.current?.select();
      setStatus(
        'Kopiëren lukte niet. De code is geselecteerd: kopieer met Ctrl+C (Cmd+C op een Mac).',
      );
    }
  };

  return (
    <details className="embed-snippet">
      <summary>Zet deze route op uw eigen website</summary>
      <p id={`${id}-uitleg`}>
        Plak deze code in een pagina van uw website. Het schema en de route als tekst verschijnen
        dan in een kader, met een link naar deze pagina.
      </p>
      <label htmlFor={`${id}-code`}>Code om in te voegen</label>
      <textarea
        id={`${id}-code`}
        ref={field}
        readOnly
        rows={3}
        value={code}
        aria-describedby={`${id}-uitleg`}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="embed-snippet-actions">
        <button type="button" className="path-button" onClick={copy} disabled={!hydrated}>
          Kopieer
        </button>
        <span role="status">{status}</span>
      </div>
    </details>
  );
}
