/**
 * The dates a recurring rule falls on. Each month's date is worked out from the rule's own day, never from the
 * previous occurrence, so the 31st goes Jan 31 → Feb 28 (29) → Mar 31 and never drifts to the 28th.
 */
import type { RecurringSchedule } from '../domain/recurring-rule.ts';
import { addDays, monthEnd, monthStart, weekdayOf } from '../time/calendar-date.ts';

/** The rule's date in the month holding `isoDate`: its day, or the month's last day when the month is shorter. */
export function monthlyDateIn(isoDate: string, day: number): string {
  const last = Number(monthEnd(isoDate).slice(8, 10));
  return `${monthStart(isoDate).slice(0, 8)}${String(Math.min(day, last)).padStart(2, '0')}`;
}

/** The first date on or after `isoDate` the schedule falls on. */
export function occurrenceOnOrAfter(schedule: RecurringSchedule, isoDate: string): string {
  if (schedule.cadence === 'weekly') {
    return addDays(isoDate, (schedule.day - weekdayOf(isoDate) + 7) % 7);
  }
  const thisMonth = monthlyDateIn(isoDate, schedule.day);
  return thisMonth >= isoDate ? thisMonth : monthlyDateIn(monthStart(isoDate, 1), schedule.day);
}

/** The first date after `isoDate` the schedule falls on. */
export function occurrenceAfter(schedule: RecurringSchedule, isoDate: string): string {
  return occurrenceOnOrAfter(schedule, addDays(isoDate, 1));
}

/** The schedule's dates from `from` through `through` (inclusive), in order; at most `limit` of them. */
export function occurrencesBetween(
  schedule: RecurringSchedule,
  from: string,
  through: string,
  limit = Number.POSITIVE_INFINITY,
): string[] {
  const dates: string[] = [];
  for (let date = occurrenceOnOrAfter(schedule, from); date <= through && dates.length < limit; ) {
    dates.push(date);
    date = occurrenceAfter(schedule, date);
  }
  return dates;
}
