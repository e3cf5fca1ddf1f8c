/**
 * Loader helpers for /samenwerken: the build's content with every route link and glossary
 * term resolved to a URL, so the pages only render. Runs at build time (prerendering).
 */
import content from 'virtual:routekaart/content';
import { data } from 'react-router';
import type { RouteLink, SamenwerkenContent } from '../../core/samenwerken/content-schema.ts';
import { routeUrl } from '../../core/route/route-urls.ts';
import { termLinks } from '../socialmap/term-links.ts';

export interface ResolvedLink {
  href: string;
  label: string;
}

/** The samenwerken content, or a 404 where the site has none. */
export function samenwerkenContent(): SamenwerkenContent {
  if (!content.samenwerken) throw data(null, { status: 404 });
  return content.samenwerken;
}

export function resolveRouteLink(link: RouteLink): ResolvedLink | null {
  const found = content.routes.find((entry) => entry.slug === link.route);
  if (!found) return null;
  const url = routeUrl(found.slug, found.route.kind);
  return { href: link.node ? `${url}#${link.node}` : url, label: link.label };
}

export function resolveTerms(ids: readonly string[]): ResolvedLink[] {
  const links = termLinks(content.glossary, ids);
  return ids.flatMap((id) => {
    const link = links[id];
    return link ? [{ href: link.href, label: link.label }] : [];
  });
}

/** The template routes, one per school type: where a form's roles are shown in context. */
export function templateRoutes(): (ResolvedLink & { sector: string })[] {
  return content.routes
    .filter((entry) => entry.route.kind === 'template' && entry.route.sector)
    .map((entry) => ({
      href: entry.url,
      label: entry.route.title,
      sector: entry.route.sector ?? '',
    }));
}
