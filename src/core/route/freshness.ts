/**
 * How fresh a route is, from its `verified` date and today. `today` is a parameter: a static
 * site is built once and read for months, so pages compute it again in the browser.
 */
import { isOlderThanMonths } from '../dates.ts';

/** After this long without a check, a reader is told to verify with the school. */
export const STALE_AFTER_MONTHS = 12;
/** The beheerder is warned two months ahead, in time to ask the school. */
export const SOON_AFTER_MONTHS = 10;

export const FRESHNESS = ['actueel', 'binnenkort', 'verouderd'] as const;
export type Freshness = (typeof FRESHNESS)[number];

export function routeFreshness(verified: string, today: string): Freshness {
  if (isOlderThanMonths(verified, today, STALE_AFTER_MONTHS)) return 'verouderd';
  if (isOlderThanMonths(verified, today, SOON_AFTER_MONTHS)) return 'binnenkort';
  return 'actueel';
}
