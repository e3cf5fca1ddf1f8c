/**
 * The iframe code a school pastes into its own website: the one place that writes it, so
 * the route page and the publishing help give the same, equally escaped, code.
 */
import { embedUrl } from './reading-urls.ts';

/** Text for inside a double-quoted HTML attribute. */
function attribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export function iframeSnippet(origin: string, slug: string, name: string): string {
  const src = attribute(`${origin}${embedUrl(encodeURIComponent(slug))}`);
  const title = attribute(`Ondersteuningsroute: ${name}`);
  return `<iframe src="${src}" title="${title}" width="100%" height="800" style="border:0" loading="lazy"></iframe>`;
}
