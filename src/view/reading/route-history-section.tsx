import { Link } from 'react-router';
import { formatDutchDate } from '../../core/dates.ts';
import type { HistoryView } from './history-data.ts';

/** Below the chart: the dated versions of the route's file, newest first. */
export function RouteHistorySection({
  history,
  verified,
}: {
  history: HistoryView;
  verified: string;
}) {
  return (
    <section aria-labelledby="history_heading" className="route-history">
      <h2 id="history_heading">Wat is er veranderd?</h2>
      <p>
        Voor het laatst gecontroleerd op{' '}
        <time dateTime={verified}>{formatDutchDate(verified)}</time>.
      </p>
      {history.status === 'unknown' ? (
        <p>
          Eerdere versies van deze route zijn niet bekend: de site is gebouwd zonder de geschiedenis
          van de bestanden
          {history.reason === 'shallow' ? ' (een onvolledige kopie)' : ''}.
        </p>
      ) : (
        <ol className="history-list">
          {history.entries.map((entry, index) => (
            <li key={index}>
              <time dateTime={entry.date}>{formatDutchDate(entry.date)}</time>: {entry.summary}
              {entry.compareUrl && (
                <>
                  {' '}
                  <Link to={entry.compareUrl}>
                    Vergelijk met de versie daarvoor
                    <span className="visually-hidden">
                      {' '}
                      (versie {history.entries.length - index}, {formatDutchDate(entry.date)})
                    </span>
                  </Link>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
