/** Calendar dates as `YYYY-MM-DD` strings; compared as dates, never as local times. */
export function isOlderThanMonths(date: string, today: string, months: number): boolean {
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCMonth(limit.getUTCMonth() - months);
  return new Date(`${date}T00:00:00Z`).getTime() < limit.getTime();
}

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** "2026-11-27" → "27 november 2026" (no Intl: identical in Node and every browser). */
export function formatDutchDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}
