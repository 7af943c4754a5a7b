/**
 * Arithmetic on ISO calendar dates ("2026-11-25") through day numbers, without a date library: every
 * quick-add and question resolves a few of these, and a luxon DateTime per step cost more than the parse.
 * Day numbers count from 1970-01-01 (day 0) in the proleptic Gregorian calendar.
 */

/** Day number of an ISO date. */
export function dayNumber(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const day = Number(isoDate.slice(8, 10));
  // Counts years from March, so the leap day is the last day of its year (the civil-from-days method).
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** ISO date of a day number. */
export function isoDateOf(dayNo: number): string {
  const z = dayNo + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(isoDate: string, days: number): string {
  return isoDateOf(dayNumber(isoDate) + days);
}

/** Monday = 1 … Sunday = 7 (ISO 8601). Day 0, 1970-01-01, was a Thursday. */
export function weekdayOf(isoDate: string): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  return (((((dayNumber(isoDate) + 3) % 7) + 7) % 7) + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/** The first of the month `months` months from the one holding `isoDate` (negative goes back). */
export function monthStart(isoDate: string, months = 0): string {
  const index = Number(isoDate.slice(0, 4)) * 12 + Number(isoDate.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}-01`;
}

/** The last day of the month holding `isoDate`. */
export function monthEnd(isoDate: string): string {
  return addDays(monthStart(isoDate, 1), -1);
}
