/** Short human dates in the user's locale: "25 Nov", or "25 Nov 2025" outside the current year. */
import { DateTime } from 'luxon';
import type { Period } from '../time/period.ts';

export function formatDay(isoDate: string, locale: string, today?: string): string {
  const sameYear = today === undefined || today.slice(0, 4) === isoDate.slice(0, 4);
  const dayAndMonth = `${datePart(isoDate, locale, 'd')} ${datePart(isoDate, locale, 'LLL')}`;
  return sameYear ? dayAndMonth : `${dayAndMonth} ${datePart(isoDate, locale, 'yyyy')}`;
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
  return datePart(isoDate, locale, 'ccc');
}

/** "Dec", or "Dec 2026" when the year matters: the short month of a date, in the user's locale. */
export function formatMonth(isoDate: string, locale: string, withYear: boolean): string {
  const month = datePart(isoDate, locale, 'LLL');
  return withYear ? `${month} ${datePart(isoDate, locale, 'yyyy')}` : month;
}

type DatePartToken = 'd' | 'LLL' | 'ccc' | 'yyyy';

/**
 * One part of a date as luxon writes it in the locale (its digits and names), kept per locale and value: a year
 * of days in a chart and its table would otherwise build a thousand localized DateTimes (about 20 ms).
 */
const datePartCache = new Map<string, string>();
const maxCachedParts = 20_000;

function datePart(isoDate: string, locale: string, token: DatePartToken): string {
  const value =
    token === 'd'
      ? isoDate.slice(8, 10)
      : token === 'LLL'
        ? // Outside the Gregorian calendar (fa-IR's is the Persian) the month's name depends on the whole date.
          usesGregorianMonths(locale)
          ? isoDate.slice(5, 7)
          : isoDate
        : token === 'yyyy'
          ? isoDate.slice(0, 4)
          : String(new Date(`${isoDate}T00:00:00Z`).getUTCDay());
  const key = `${locale}\u0000${token}\u0000${value}`;
  const cached = datePartCache.get(key);
  if (cached !== undefined) return cached;
  const text = DateTime.fromISO(isoDate, { zone: 'utc' }).setLocale(locale).toFormat(token);
  if (datePartCache.size >= maxCachedParts) datePartCache.clear();
  datePartCache.set(key, text);
  return text;
}

const gregorianLocales = new Map<string, boolean>();

function usesGregorianMonths(locale: string): boolean {
  let gregorian = gregorianLocales.get(locale);
  if (gregorian === undefined) {
    try {
      gregorian = new Intl.DateTimeFormat(locale).resolvedOptions().calendar === 'gregory';
    } catch {
      // A tag Intl refuses and luxon reads its own way (""): each date is formatted whole, as luxon does it.
      gregorian = false;
    }
    if (gregorianLocales.size >= 1_000) gregorianLocales.clear();
    gregorianLocales.set(locale, gregorian);
  }
  return gregorian;
}
