import { formatDutchDate, isOlderThanMonths, todayIso } from '../../core/dates.ts';
import { STALE_AFTER_MONTHS } from '../../core/route/freshness.ts';
import { useHydrated } from '../chart/use-hydrated.ts';

export { STALE_AFTER_MONTHS };

/**
 * Warns when the route was last checked more than a year ago. The prerendered HTML is
 * computed against the build date (correct on the day the site is built); once the page
 * runs in a browser it checks again against today, so a site that was not rebuilt for
 * months still warns. Before hydration both agree, so there is no mismatch.
 */
export function StaleWarning({
  verified,
  maintainer,
  builtOn,
}: {
  verified: string;
  maintainer: string;
  builtOn: string;
}) {
  const hydrated = useHydrated();
  const today = hydrated ? todayIso() : builtOn;
  if (!isOlderThanMonths(verified, today, STALE_AFTER_MONTHS)) return null;
  return (
    <p className="stale-warning">
      <strong>Let op: deze route is mogelijk verouderd.</strong> Hij is voor het laatst
      gecontroleerd op <time dateTime={verified}>{formatDutchDate(verified)}</time>, meer dan een
      jaar geleden. Vraag bij de school (de {maintainer}) na of het nog zo werkt.
    </p>
  );
}
