/**
 * The beheerder's overview of all routes: rows, their freshness on a given day, sorting,
 * filtering and a CSV file. Pure: the page passes today's date from the browser.
 */
import { routeFreshness, type Freshness, FRESHNESS } from '../route/freshness.ts';
import type { RouteKind } from '../route/route-kinds.ts';

export interface OverviewRow {
  slug: string;
  url: string;
  /** The school's name, or the title of a template or care route. */
  name: string;
  kind: RouteKind;
  verified: string;
  maintainer: string;
  maintainerEmail?: string;
}

export const KIND_NAMES: Record<RouteKind, string> = {
  school: 'school',
  template: 'voorbeeld',
  care: 'zorgtraject',
};

export const SORT_KEYS = ['name', 'kind', 'verified', 'maintainer'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Direction = 'ascending' | 'descending';

export interface OverviewFilter {
  /** Words in the name or the maintainer's role. */
  query: string;
  freshness: Freshness | 'alle';
  kind: RouteKind | 'alle';
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

function sortValue(row: OverviewRow, key: SortKey): string {
  switch (key) {
    case 'name':
      return row.name;
    case 'kind':
      return KIND_NAMES[row.kind];
    case 'verified':
      return row.verified;
    case 'maintainer':
      return row.maintainer;
    default: {
      const unknown: never = key;
      return unknown;
    }
  }
}

/** Stable: rows with the same value keep their order by name. */
export function sortRows(
  rows: readonly OverviewRow[],
  key: SortKey,
  direction: Direction,
): OverviewRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort(
    (a, b) =>
      sign * collator.compare(sortValue(a, key), sortValue(b, key)) ||
      collator.compare(a.name, b.name),
  );
}

export function filterRows(
  rows: readonly OverviewRow[],
  filter: OverviewFilter,
  today: string,
): OverviewRow[] {
  const words = filter.query.toLocaleLowerCase('nl').split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    const text = `${row.name} ${row.maintainer}`.toLocaleLowerCase('nl');
    return (
      words.every((word) => text.includes(word)) &&
      (filter.kind === 'alle' || row.kind === filter.kind) &&
      (filter.freshness === 'alle' || routeFreshness(row.verified, today) === filter.freshness)
    );
  });
}

export function countByFreshness(
  rows: readonly OverviewRow[],
  today: string,
): Record<Freshness, number> {
  const counts = Object.fromEntries(FRESHNESS.map((f) => [f, 0])) as Record<Freshness, number>;
  for (const row of rows) counts[routeFreshness(row.verified, today)] += 1;
  return counts;
}

/**
 * One cell: quoted when it holds the separator, a quote or a line break; a leading = + - @
 * gets an apostrophe so a spreadsheet shows it as text instead of running it as a formula.
 */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The overview as CSV with ";" between cells (what a Dutch spreadsheet expects), CRLF line
 * ends (RFC 4180) and the freshness on `today`.
 */
export function overviewCsv(rows: readonly OverviewRow[], today: string, origin: string): string {
  const header = [
    'school of route',
    'soort',
    'gecontroleerd op',
    'status',
    'bijgehouden door',
    'e-mailadres',
    'adres',
  ];
  const lines = rows.map((row) => [
    row.name,
    KIND_NAMES[row.kind],
    row.verified,
    routeFreshness(row.verified, today),
    row.maintainer,
    row.maintainerEmail ?? '',
    `${origin}${row.url}`,
  ]);
  return [header, ...lines].map((cells) => cells.map(csvCell).join(';')).join('\r\n') + '\r\n';
}
