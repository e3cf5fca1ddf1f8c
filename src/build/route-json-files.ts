/**
 * Every route published as JSON at `/routes/<slug>.json` (the validated route file),
 * so the compare page can compare pairs that were not prerendered, in the browser,
 * and editors can start from a published route.
 */
import type { Connect } from 'vite';
import { routeJsonUrl } from '../core/route/reading-urls.ts';
import type { SiteContent } from './site-content.ts';

export interface JsonFile {
  fileName: string;
  source: string;
}

export function routeJsonFiles(content: SiteContent): JsonFile[] {
  return content.routes.map(({ slug, route }) => ({
    fileName: routeJsonUrl(slug).slice(1),
    source: JSON.stringify(route, null, 2) + '\n',
  }));
}

/** The same files in the dev server. */
export function serveRouteJson(loadContent: () => Promise<SiteContent>): Connect.NextHandleFunction {
  return (request, response, next) => {
    const wanted = (request.url ?? '').split('?')[0]!.replace(/^\//, 'routes/');
    loadContent().then((content) => {
      const file = routeJsonFiles(content).find((candidate) => candidate.fileName === wanted);
      if (!file) return next();
      response.setHeader('Content-Type', 'application/json; charset=utf-8');
      response.end(file.source);
    }, next);
  };
}
