import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { RouteSummary } from '../../build/site-content.ts';
import { matchesQuery } from '../../core/match-query.ts';
import { SECTOR_LABELS } from '../../core/route/sector-labels.ts';

/**
 * Search schools by name, place or sector. Without JavaScript the full list is
 * shown; with it, the list narrows as you type and the count is announced.
 */
export function RouteFinder({
  summaries,
  heading = 'Zoek een school',
  intro,
  label = 'Naam, plaats of soort onderwijs',
  hrefOf = (summary) => summary.url,
}: {
  summaries: readonly RouteSummary[];
  heading?: string;
  intro?: string;
  label?: string;
  /** Where a school leads: its route, or (on the parents' page) its route for parents. */
  hrefOf?: (summary: RouteSummary) => string;
}) {
  const [query, setQuery] = useState('');
  const inputId = useId();
  const results = summaries.filter((summary) =>
    matchesQuery(query, [
      summary.name,
      summary.municipality ?? '',
      summary.sector ? SECTOR_LABELS[summary.sector] : '',
    ]),
  );
  return (
    <section aria-labelledby="finder_heading" className="finder">
      <h2 id="finder_heading">{heading}</h2>
      {intro && <p>{intro}</p>}
      <form role="search" aria-label="Scholen" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={inputId}>{label}</label>
        <input
          id={inputId}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="bijv. Voorbeeldstad of basisschool"
          autoComplete="off"
        />
      </form>
      <p role="status" className="finder-count">
        {results.length === 1 ? '1 school gevonden' : `${results.length} scholen gevonden`}
      </p>
      <ul className="card-list">
        {results.map((summary) => (
          <li key={summary.slug} className="card">
            <Link to={hrefOf(summary)}>{summary.name}</Link>
            <span className="card-meta">
              {[summary.municipality, summary.sector ? SECTOR_LABELS[summary.sector] : undefined]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
