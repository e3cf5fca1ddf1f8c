/** The editor's prerendered pages (issue 3): start, drafts, publishing help, one per route. */
import { listRouteFiles } from './load-routes.ts';
import { slugOf } from './content-files.ts';

export function editorPaths(root: string): string[] {
  const perRoute = listRouteFiles(root).map((file) => `/bewerken/${slugOf(file)}`);
  return ['/bewerken', '/bewerken/concept', '/publiceren', ...perRoute.filter((path) => path !== '/bewerken/concept')];
}
