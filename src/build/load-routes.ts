/**
 * Reads and validates route files. Every file is checked and every problem kept,
 * so a school sees all that is wrong at once instead of one error per build.
 */
import { join } from 'node:path';
import type { Problem } from '../core/problem.ts';
import type { ContentRefs } from '../core/route/route-rules.ts';
import type { Route } from '../core/route/route-schema.ts';
import { checkSlug, validateRouteText } from '../core/route/validate-route.ts';
import { readContentFile } from './read-content-file.ts';
import { GLOSSARY_DIR, ROUTES_DIR, SOCIAL_MAP_DIR, listFiles, slugOf } from './content-files.ts';

export interface RouteEntry {
  slug: string;
  /** Project-relative path, used in messages. */
  file: string;
  route: Route;
}

export interface FileProblems {
  file: string;
  problems: Problem[];
}

export interface LoadedRoutes {
  routes: RouteEntry[];
  reports: FileProblems[];
}

export function listRouteFiles(root: string): string[] {
  return listFiles(join(root, ROUTES_DIR), '.json').map((file) => file.slice(root.length + 1));
}

/** Ids defined by the glossary and the social map, for cross-file references. */
export function loadContentRefs(root: string): ContentRefs {
  const ids = (dir: string, extension: string) =>
    new Set(listFiles(join(root, dir), extension).map((file) => file.split('/').pop()!.replace(extension, '')));
  return { terms: ids(GLOSSARY_DIR, '.mdx'), organisations: ids(join(SOCIAL_MAP_DIR, 'organisations'), '.json') };
}

export function loadRoutes(root: string, today: string, files: string[] = listRouteFiles(root)): LoadedRoutes {
  const refs = loadContentRefs(root);
  const routes: RouteEntry[] = [];
  const reports: FileProblems[] = [];
  for (const file of files) {
    const slug = slugOf(file);
    const read = readContentFile(join(root, file));
    if (!read.ok) {
      reports.push({ file, problems: [...checkSlug(slug), read.problem] });
      continue;
    }
    const { route, problems } = validateRouteText(read.text, refs, today);
    const allProblems = [...checkSlug(slug), ...problems];
    if (allProblems.length > 0) reports.push({ file, problems: allProblems });
    if (route && checkSlug(slug).length === 0) routes.push({ slug, file, route });
  }
  return { routes, reports };
}
