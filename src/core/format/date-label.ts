/** Short human dates in the user's locale: "25 Nov", or "25 Nov 2025" outside the current year. */
import { DateTime } from 'luxon';
import type { Period } from '../time/period.ts';

export function formatDay(isoDate: string, locale: string, today?: string): string {
  const date = DateTime.fromISO(isoDate, { zone: 'utc' }).setLocale(locale);
  const sameYear = today === undefined || today.slice(0, 4) === isoDate.slice(0, 4);
  return date.toFormat(sameYear ? 'd LLL' : 'd LLL yyyy');
}

/** "this week (23 Nov – 29 Nov)"; a single day shows once. */
export function formatPeriod(period: Period, locale: string, today?: string): string {
  const from = formatDay(period.from, locale, today);
  if (period.from === period.to) return period.label === from ? from : `${period.label} (${from})`;
  const range = `${from} – ${formatDay(period.to, locale, today)}`;
  return period.label.startsWith(period.from) ? range : `${period.label} (${range})`;
}

/** "Mon": the short weekday of a date, in the user's locale. */
export function formatWeekday(isoDate: string, locale: string): string {
  return DateTime.fromISO(isoDate, { zone: 'utc' }).setLocale(locale).toFormat('ccc');
}

/** "Dec", or "Dec 2026" when the year matters: the short month of a date, in the user's locale. */
export function formatMonth(isoDate: string, locale: string, withYear: boolean): string {
  return DateTime.fromISO(isoDate, { zone: 'utc' })
    .setLocale(locale)
    .toFormat(withYear ? 'LLL yyyy' : 'LLL');
}
