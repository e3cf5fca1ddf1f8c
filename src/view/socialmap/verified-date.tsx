import { formatDutchDate } from '../../core/dates.ts';
import { FRESH_MONTHS, isPossiblyOutdated } from '../../core/socialmap/social-map-model.ts';

/**
 * "Gecontroleerd op 3 oktober 2026", and for anything older than 12 months a mark that says
 * so in words and with an icon, never by colour alone. `today` is the build date.
 */
export function VerifiedDate({
  date,
  today,
  label = 'Gecontroleerd op',
}: {
  date: string;
  today: string;
  label?: string;
}) {
  return (
    <span className="verified-date">
      {label} <time dateTime={date}>{formatDutchDate(date)}</time>
      {isPossiblyOutdated(date, today) && (
        <>
          {' '}
          <OutdatedMark />
        </>
      )}
    </span>
  );
}

export function OutdatedMark({ short = false }: { short?: boolean }) {
  return (
    <strong className="outdated-mark">
      <span aria-hidden="true">⚠ </span>
      Mogelijk verouderd{short ? '' : `: langer dan ${FRESH_MONTHS} maanden niet gecontroleerd`}
    </strong>
  );
}
