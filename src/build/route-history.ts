/**
 * A route file's versions from the repository's history, read at build time with git
 * (`git log --follow`, so a renamed file keeps its past). Without git, outside a repository
 * or in a shallow clone the history is unknown, and the route page says so rather than
 * showing a partial list as if it were complete.
 */
import { execFileSync } from 'node:child_process';
import { parseJson } from '../core/parse-json.ts';
import { routeSchema, type Route } from '../core/route/route-schema.ts';

export interface RouteVersion {
  /** Full commit hash; pages use its first ten characters. */
  commit: string;
  /** Commit date, `YYYY-MM-DD`. */
  date: string;
  /** The file as it was then; null when that version does not fit today's format. */
  route: Route | null;
}

export type RouteHistory =
  | { status: 'known'; versions: RouteVersion[] }
  | { status: 'unknown'; reason: 'no-git' | 'shallow' };

/** Older versions than this are not listed: a page, not an archive. */
export const MAX_VERSIONS = 20;

export const SHORT_COMMIT_LENGTH = 10;

function git(root: string, args: string[]): string | null {
  try {
    return execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return null;
  }
}

/** Whether the history is there to read; asked once per build. */
export function historyAvailability(root: string): 'ok' | 'no-git' | 'shallow' {
  const shallow = git(root, ['rev-parse', '--is-shallow-repository']);
  if (shallow === null) return 'no-git';
  return shallow.trim() === 'true' ? 'shallow' : 'ok';
}

/** Newest first; consecutive commits that left the file's content unchanged count once. */
export function readRouteHistory(
  root: string,
  file: string,
  availability = historyAvailability(root),
): RouteHistory {
  if (availability !== 'ok') return { status: 'unknown', reason: availability };
  // Commit, date and then the file's path in that commit (it may have been renamed since).
  const log = git(root, ['log', '--follow', '--format=%x00%H %cs', '--name-only', '--', file]);
  if (log === null) return { status: 'unknown', reason: 'no-git' };
  const versions: RouteVersion[] = [];
  let previousText: string | null = null;
  for (const entry of log.split('\0').slice(1)) {
    const [head = '', ...paths] = entry.split('\n').filter((line) => line.trim() !== '');
    const [commit = '', date = ''] = head.split(' ');
    const path = paths.at(-1);
    if (!commit || !path) continue;
    const text = git(root, ['show', `${commit}:${path}`]);
    if (text === null) continue; // deleted in this commit
    if (text === previousText) continue;
    previousText = text;
    versions.push({ commit, date, route: parseVersion(text) });
  }
  return { status: 'known', versions: versions.slice(0, MAX_VERSIONS) };
}

function parseVersion(text: string): Route | null {
  const json = parseJson(text);
  if (!json.ok) return null;
  const parsed = routeSchema.safeParse(json.value);
  return parsed.success ? parsed.data : null;
}

/** The version and the one before it, both readable: the pair a version's page compares. */
export function versionPair(
  history: RouteHistory | undefined,
  shortCommit: string,
): { before: RouteVersion & { route: Route }; after: RouteVersion & { route: Route } } | null {
  if (history?.status !== 'known') return null;
  const index = history.versions.findIndex(
    (version) => version.commit.slice(0, SHORT_COMMIT_LENGTH) === shortCommit,
  );
  const after = history.versions[index];
  const before = history.versions[index + 1];
  if (index < 0 || !after?.route || !before?.route) return null;
  return { before: { ...before, route: before.route }, after: { ...after, route: after.route } };
}
