/** Regroups the database's per-day sums into ISO weeks (Monday to Sunday): adds sums, never raw amounts. */
import type { SumRow } from '../core/domain/stats.ts';
import { addDays, isoWeekOf, isoWeekPeriod } from '../core/time/period.ts';

export interface WeekSum {
  readonly currency: string;
  /** "2026-W47". */
  readonly week: string;
  /** The part of the week inside the asked range. */
  readonly from: string;
  readonly to: string;
  readonly minor: number;
  readonly count: number;
}

/** `rows` are day sums (key = ISO date) within [from, to]; the result is sorted by currency, then week. */
export function groupDaySumsByWeek(rows: ReadonlyArray<SumRow>, from: string, to: string): WeekSum[] {
  const weeks = new Map<string, { currency: string; week: string; minor: number; count: number }>();
  for (const row of rows) {
    const week = isoWeekOf(row.key);
    const key = `${row.currency} ${week}`;
    const entry = weeks.get(key) ?? { currency: row.currency, week, minor: 0, count: 0 };
    entry.minor += row.minor;
    entry.count += row.count;
    if (!Number.isSafeInteger(entry.minor)) throw new RangeError(`Weekly sum of ${row.currency} is too large`);
    weeks.set(key, entry);
  }
  return [...weeks.values()]
    .sort((a, b) => a.currency.localeCompare(b.currency) || a.week.localeCompare(b.week))
    .map((entry) => {
      const period = isoWeekPeriod(entry.week);
      const weekFrom = period?.from ?? from;
      const weekTo = period?.to ?? addDays(weekFrom, 6);
      return {
        ...entry,
        from: weekFrom < from ? from : weekFrom,
        to: weekTo > to ? to : weekTo,
      };
    });
}
