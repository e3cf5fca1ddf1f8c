/**
 * All routes for the beheerder: who keeps each one, when it was last checked and whether it
 * is "verouderd" or soon will be, on today's date in the browser (the build date until the
 * page runs), with sorting, filtering, a CSV file and a reminder e-mail per overdue route.
 */
import site from 'virtual:routekaart/site';
import { useId, useMemo, useState } from 'react';
import {
  type Direction,
  type OverviewFilter,
  type OverviewRow,
  type SortKey,
  KIND_NAMES,
  countByFreshness,
  filterRows,
  overviewCsv,
  sortRows,
} from '../../core/beheer/route-overview.ts';
import { formatDutchDate, todayIso } from '../../core/dates.ts';
import { mailtoHref } from '../../core/mail/mailto.ts';
import { reminderMail } from '../../core/mail/reminder-mail.ts';
import { FRESHNESS, type Freshness, routeFreshness } from '../../core/route/freshness.ts';
import { ROUTE_KINDS } from '../../core/route/route-kinds.ts';
import { useHydrated } from '../chart/use-hydrated.ts';
import { downloadText } from '../editor/export/download.ts';

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'name', label: 'School of route' },
  { key: 'kind', label: 'Soort' },
  { key: 'verified', label: 'Gecontroleerd op' },
  { key: 'maintainer', label: 'Bijgehouden door' },
];

const FRESHNESS_TEXT: Record<Freshness, string> = {
  actueel: 'actueel',
  binnenkort: 'binnenkort verouderd (ouder dan 10 maanden)',
  verouderd: 'verouderd (ouder dan 12 maanden)',
};

export function RoutesOverview({ rows, builtOn }: { rows: OverviewRow[]; builtOn: string }) {
  const id = useId();
  const hydrated = useHydrated();
  const today = hydrated ? todayIso() : builtOn;
  const origin = hydrated ? window.location.origin : '';
  const [sort, setSort] = useState<{ key: SortKey; direction: Direction }>({
    key: 'verified',
    direction: 'ascending',
  });
  const [filter, setFilter] = useState<OverviewFilter>({
    query: '',
    freshness: 'alle',
    kind: 'alle',
  });
  const shown = useMemo(
    () => sortRows(filterRows(rows, filter, today), sort.key, sort.direction),
    [rows, filter, today, sort],
  );
  const counts = countByFreshness(rows, today);
  const sortBy = (key: SortKey) =>
    setSort((current) => ({
      key,
      direction:
        current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <section aria-labelledby={`${id}-titel`} className="beheer-section">
      <h2 id={`${id}-titel`}>Alle routes</h2>
      <p>
        Op <time dateTime={today}>{formatDutchDate(today)}</time>: {rows.length} routes, waarvan{' '}
        {counts.verouderd} verouderd (langer dan 12 maanden niet gecontroleerd) en{' '}
        {counts.binnenkort} binnenkort (langer dan 10 maanden).
      </p>
      <div className="overview-filters" role="group" aria-label="Filter de routes">
        <div className="field">
          <label htmlFor={`${id}-zoek`}>Zoek op naam of rol</label>
          <input
            id={`${id}-zoek`}
            type="search"
            disabled={!hydrated}
            value={filter.query}
            onChange={(event) => setFilter({ ...filter, query: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            disabled={!hydrated}
            value={filter.freshness}
            onChange={(event) =>
              setFilter({ ...filter, freshness: event.target.value as OverviewFilter['freshness'] })
            }
          >
            <option value="alle">Alle</option>
            {FRESHNESS.map((freshness) => (
              <option key={freshness} value={freshness}>
                {freshness}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-soort`}>Soort</label>
          <select
            id={`${id}-soort`}
            disabled={!hydrated}
            value={filter.kind}
            onChange={(event) =>
              setFilter({ ...filter, kind: event.target.value as OverviewFilter['kind'] })
            }
          >
            <option value="alle">Alle</option>
            {ROUTE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_NAMES[kind]}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button"
          disabled={!hydrated}
          onClick={() =>
            downloadText(
              '\uFEFF' + overviewCsv(shown, today, window.location.origin),
              `routes-${today}.csv`,
              'text/csv;charset=utf-8',
            )
          }
        >
          Download als CSV
        </button>
      </div>
      <p aria-live="polite" className="overview-count">
        {shown.length === rows.length
          ? `${rows.length} routes`
          : `${shown.length} van de ${rows.length} routes`}
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-titel`}>
        <table className="overview-table">
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={sort.key === column.key ? sort.direction : undefined}
                >
                  <button
                    type="button"
                    className="sort-button"
                    disabled={!hydrated}
                    onClick={() => sortBy(column.key)}
                  >
                    {column.label}
                    <span aria-hidden="true">
                      {sort.key === column.key
                        ? sort.direction === 'ascending'
                          ? ' ▲'
                          : ' ▼'
                        : ''}
                    </span>
                  </button>
                </th>
              ))}
              <th scope="col">Status</th>
              <th scope="col">Herinnering</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <OverviewLine key={row.slug} row={row} today={today} origin={origin} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function OverviewLine({ row, today, origin }: { row: OverviewRow; today: string; origin: string }) {
  const freshness = routeFreshness(row.verified, today);
  return (
    <tr>
      <th scope="row">
        <a href={row.url}>{row.name}</a>
      </th>
      <td>{KIND_NAMES[row.kind]}</td>
      <td>
        <time dateTime={row.verified}>{formatDutchDate(row.verified)}</time>
      </td>
      <td>
        {row.maintainer}
        {row.maintainerEmail && (
          <>
            <br />
            <span className="overview-email">{row.maintainerEmail}</span>
          </>
        )}
      </td>
      <td className={`freshness freshness--${freshness}`}>
        {freshness !== 'actueel' && <span aria-hidden="true">⚠ </span>}
        {FRESHNESS_TEXT[freshness]}
      </td>
      <td>
        {freshness === 'actueel' ? (
          '—'
        ) : row.maintainerEmail ? (
          <a
            href={mailtoHref(
              reminderMail({
                to: row.maintainerEmail,
                name: row.name,
                verified: row.verified,
                pageUrl: `${origin}${row.url}`,
                editUrl: `${origin}/bewerken/${row.slug}`,
                beheerder: site.beheerder.organisation,
              }),
            )}
          >
            Stuur een herinnering<span className="visually-hidden"> aan {row.name}</span>
          </a>
        ) : (
          'Geen adres in het routebestand'
        )}
      </td>
    </tr>
  );
}
