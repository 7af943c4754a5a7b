/** Calendar periods in a user's own time zone: days are ISO dates ("2026-11-20"), ranges are inclusive. */
import { DateTime } from 'luxon';
import { addDays, monthEnd, monthStart, weekdayOf } from './calendar-date.ts';
import type { Clock } from './clock.ts';

/** An inclusive range of calendar dates with the words a reply uses for it. */
export interface Period {
  readonly from: string;
  readonly to: string;
  readonly label: string;
}

/** Monday = 1 … Sunday = 7, as in ISO 8601 and luxon. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type PeriodSpec =
  | { kind: 'today' }
  | { kind: 'yesterday' }
  | { kind: 'this_week' }
  | { kind: 'last_week' }
  | { kind: 'this_month' }
  | { kind: 'last_month' }
  | { kind: 'last_n_days'; days: number }
  | { kind: 'iso_week'; week: string }
  | { kind: 'range'; from: string; to: string };

const isoWeekPattern = /^(\d{4})-W(\d{2})$/;

/** The user's calendar date right now, in their IANA zone. */
export function localToday(clock: Clock, timeZone: string): string {
  const now = clock.now().getTime();
  // Asked on every message. Zone offsets are whole minutes, so the date cannot change within a UTC minute:
  // one Intl call per zone and minute instead of one per message.
  const minute = Math.floor(now / 60_000);
  let zone = todayByZone.get(timeZone);
  if (!zone) {
    zone = {
      formatter: new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
      minute: Number.NaN,
      today: '',
    };
    todayByZone.set(timeZone, zone);
  }
  if (zone.minute !== minute) {
    const parts = zone.formatter.formatToParts(now);
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? '';
    zone.today = `${part('year')}-${part('month')}-${part('day')}`;
    zone.minute = minute;
  }
  return zone.today;
}

const todayByZone = new Map<string, { readonly formatter: Intl.DateTimeFormat; minute: number; today: string }>();

export function isValidTimeZone(zone: string): boolean {
  return DateTime.local().setZone(zone).isValid;
}

export function parseIsoDate(text: string): DateTime | undefined {
  const date = DateTime.fromISO(text, { zone: 'utc' });
  return date.isValid && /^\d{4}-\d{2}-\d{2}$/.test(text) ? date : undefined;
}

export { addDays };

/** First day of the week holding `isoDate`, for weeks starting on `weekStart`. */
export function startOfWeek(isoDate: string, weekStart: Weekday): string {
  return addDays(isoDate, -((weekdayOf(isoDate) - weekStart + 7) % 7));
}

/** "2026-W47" → Monday..Sunday of that ISO week, or undefined when there is no such week. */
export function isoWeekPeriod(week: string): Period | undefined {
  const match = isoWeekPattern.exec(week.trim().toUpperCase());
  if (!match) return undefined;
  const start = DateTime.fromObject(
    { weekYear: Number(match[1]), weekNumber: Number(match[2]), weekday: 1 },
    { zone: 'utc' },
  );
  if (!start.isValid || start.weekNumber !== Number(match[2])) return undefined;
  const from = start.toISODate() as string;
  return { from, to: addDays(from, 6), label: `week ${match[1]}-W${match[2]}` };
}

/** The ISO week name ("2026-W47") of a date. */
export function isoWeekOf(isoDate: string): string {
  const date = DateTime.fromISO(isoDate, { zone: 'utc' });
  return `${date.weekYear}-W${String(date.weekNumber).padStart(2, '0')}`;
}

/** Resolves a period spec against the user's today and week start. */
export function resolvePeriod(spec: PeriodSpec, today: string, weekStart: Weekday): Period {
  switch (spec.kind) {
    case 'today':
      return { from: today, to: today, label: 'today' };
    case 'yesterday': {
      const day = addDays(today, -1);
      return { from: day, to: day, label: 'yesterday' };
    }
    case 'this_week': {
      const from = startOfWeek(today, weekStart);
      return { from, to: addDays(from, 6), label: 'this week' };
    }
    case 'last_week': {
      const from = addDays(startOfWeek(today, weekStart), -7);
      return { from, to: addDays(from, 6), label: 'last week' };
    }
    case 'this_month':
      return { from: monthStart(today), to: monthEnd(today), label: 'this month' };
    case 'last_month': {
      const from = monthStart(today, -1);
      return { from, to: monthEnd(from), label: 'last month' };
    }
    case 'last_n_days':
      return { from: addDays(today, -(spec.days - 1)), to: today, label: `the last ${spec.days} days` };
    case 'iso_week':
      return isoWeekPeriod(spec.week) ?? resolvePeriod({ kind: 'this_week' }, today, weekStart);
    case 'range':
      return { from: spec.from, to: spec.to, label: `${spec.from} to ${spec.to}` };
  }
}
