/**
 * The pages to prerender, read straight from the content folder. Validation
 * happens in the content plugin; an invalid file stops the build there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { routeUrl } from '../core/route/route-urls.ts';
import type { RouteKind } from '../core/route/route-schema.ts';
import { listRouteFiles } from './load-routes.ts';
import { listGlossaryFiles } from './load-glossary.ts';
import { parseFrontmatter } from '../core/parse-frontmatter.ts';
import { slugOf } from './content-files.ts';
import { readingPaths } from './reading-paths.ts';
import { editorPaths } from './editor-paths.ts';
import { socialMapPaths } from './social-map-paths.ts';
import { samenwerkenPaths } from './samenwerken-paths.ts';
import { parentsPaths } from './parents-paths.ts';
import { historyPaths } from './history-paths.ts';

export const STATIC_PAGES = ['/', '/404'] as const;

export function listPrerenderPaths(root: string = process.cwd()): string[] {
  const routePages = listRouteFiles(root).flatMap((file) => {
    try {
      const { kind } = JSON.parse(readFileSync(join(root, file), 'utf8')) as { kind: RouteKind };
      return [routeUrl(slugOf(file), kind)];
    } catch {
      return [];
    }
  });
  return [
    ...STATIC_PAGES,
    ...routePages,
    ...glossaryPaths(root),
    ...readingPaths(root),
    ...editorPaths(root),
    ...socialMapPaths(root),
    ...samenwerkenPaths(root),
    ...parentsPaths(root),
    ...historyPaths(root),
    '/beheer',
  ];
}

/** `/begrippen` and one page per term key (shared by all meanings of a word). */
function glossaryPaths(root: string): string[] {
  const terms = listGlossaryFiles(root).flatMap((file) => {
    const parsed = parseFrontmatter(readFileSync(join(root, file), 'utf8'));
    const term = parsed.ok ? (parsed.data as { term?: unknown } | null)?.term : undefined;
    return typeof term === 'string' ? [`/begrippen/${term}`] : [];
  });
  return ['/begrippen', ...new Set(terms)];
}
