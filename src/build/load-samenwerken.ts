/**
 * Reads content/samenwerken/ (issue 14) and validates it against the routes and the
 * glossary it links to. Without that folder the site has no samenwerken section.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SamenwerkenContent } from '../core/samenwerken/content-schema.ts';
import type { SamenwerkenRefs } from '../core/samenwerken/samenwerken-rules.ts';
import { validateSamenwerken } from '../core/samenwerken/validate-samenwerken.ts';
import { error } from '../core/problem.ts';
import { CONTENT_DIR } from './content-files.ts';
import type { FileProblems } from './load-routes.ts';

export const SAMENWERKEN_DIR = join(CONTENT_DIR, 'samenwerken');
export const SAMENWERKEN_FILES = {
  elements: join(SAMENWERKEN_DIR, 'werkzame-elementen.json'),
  forms: join(SAMENWERKEN_DIR, 'vormen.json'),
  plan: join(SAMENWERKEN_DIR, 'plan-van-aanpak.json'),
} as const;

export interface LoadedSamenwerken {
  samenwerken: SamenwerkenContent | null;
  reports: FileProblems[];
}

export function listSamenwerkenFiles(root: string): string[] {
  return existsSync(join(root, SAMENWERKEN_DIR)) ? Object.values(SAMENWERKEN_FILES) : [];
}

export function loadSamenwerken(root: string, refs: SamenwerkenRefs): LoadedSamenwerken {
  if (!existsSync(join(root, SAMENWERKEN_DIR))) return { samenwerken: null, reports: [] };
  const unreadable: FileProblems[] = [];
  const read = (file: string) => {
    try {
      return { file, text: readFileSync(join(root, file), 'utf8') };
    } catch {
      unreadable.push({ file, problems: [error('', 'bestand niet gevonden of niet leesbaar')] });
      return { file, text: '{}' };
    }
  };
  const { content, reports } = validateSamenwerken(
    {
      elements: read(SAMENWERKEN_FILES.elements),
      forms: read(SAMENWERKEN_FILES.forms),
      plan: read(SAMENWERKEN_FILES.plan),
    },
    refs,
  );
  // An unreadable file's only problem is that: drop what parsing "{}" in its place reported.
  const missing = new Set(unreadable.map((entry) => entry.file));
  return {
    samenwerken: unreadable.length > 0 ? null : content,
    reports: [...unreadable, ...reports.filter((report) => !missing.has(report.file))],
  };
}

/** Route slugs with their step ids, and glossary ids: what the samenwerken links may name. */
export function samenwerkenRefs(
  routes: readonly { slug: string; route: { nodes: readonly { id: string }[] } }[],
  terms: ReadonlySet<string>,
): SamenwerkenRefs {
  return {
    routes: new Map(routes.map(({ slug, route }) => [slug, new Set(route.nodes.map((n) => n.id))])),
    terms,
  };
}
