/**
 * The route page's "Wat is er veranderd?", computed in the loader (at build time): the page
 * gets dated lines of text and links, no history and no diffing code.
 */
import type { RouteHistory } from '../../build/route-history.ts';
import { summarizeRouteChanges } from '../../core/reading/route-changes.ts';
import { versionUrl } from '../../core/route/reading-urls.ts';

export interface HistoryEntry {
  date: string;
  summary: string;
  /** The page comparing this version with the one before; null for the first. */
  compareUrl: string | null;
}

export type HistoryView =
  | { status: 'known'; entries: HistoryEntry[] }
  | { status: 'unknown'; reason: 'no-git' | 'shallow' };

export function historyView(history: RouteHistory | undefined, routeUrl: string): HistoryView {
  if (!history) return { status: 'unknown', reason: 'no-git' };
  if (history.status === 'unknown') return history;
  const { versions } = history;
  return {
    status: 'known',
    entries: versions.map((version, index) => {
      const before = versions[index + 1];
      const comparable = Boolean(before?.route && version.route);
      return {
        date: version.date,
        summary: before ? summarizeRouteChanges(before.route, version.route) : 'Eerste versie.',
        compareUrl: comparable ? versionUrl(routeUrl, version.commit) : null,
      };
    }),
  };
}
