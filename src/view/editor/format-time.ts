/** "14:05" and "27 november 2026, 14:05" without Intl, as on the rest of the site. */
import { formatDutchDate } from '../../core/dates.ts';

const pad = (value: number) => String(value).padStart(2, '0');

export function formatTime(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${formatDutchDate(day)}, ${formatTime(date)}`;
}
