/** Builds the iframe code for a school's website; the embedded page itself is /embed/<slug>. */
import { useState } from 'react';
import { iframeSnippet } from '../../../core/route/embed-code.ts';
import { useHydrated } from '../../chart/use-hydrated.ts';

export interface EmbedChoice {
  slug: string;
  name: string;
}

export function EmbedSnippet({ routes }: { routes: EmbedChoice[] }) {
  const hydrated = useHydrated();
  const [slug, setSlug] = useState(routes[0]?.slug ?? 'jouw-school');
  const [copied, setCopied] = useState('');
  const origin = hydrated ? window.location.origin : 'https://adres-van-deze-site';
  const name = routes.find((route) => route.slug === slug)?.name ?? slug;
  const snippet = iframeSnippet(origin, slug, name);

  return (
    <div className="embed-snippet">
      <div className="field">
        <label htmlFor="insluiten-route">Route</label>
        <select id="insluiten-route" value={slug} onChange={(event) => setSlug(event.target.value)}>
          {routes.map((route) => (
            <option key={route.slug} value={route.slug}>
              {route.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="insluiten-code">Code voor je website</label>
        <textarea
          id="insluiten-code"
          readOnly
          rows={4}
          value={snippet}
          onFocus={(event) => event.target.select()}
        />
      </div>
      <button
        type="button"
        className="button"
        disabled={!hydrated}
        onClick={() =>
          navigator.clipboard.writeText(snippet).then(
            () => setCopied('De code staat op het klembord.'),
            () => setCopied('Kopiëren lukte niet: selecteer de code en kopieer hem zelf.'),
          )
        }
      >
        Kopieer de code
      </button>
      <p role="status">{copied}</p>
    </div>
  );
}
