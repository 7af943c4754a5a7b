/** Calendar periods in a user's own time zone: days are ISO dates ("2026-11-20"), ranges are inclusive. */
import { DateTime } from 'luxon';
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
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    // Asked on every message: one cached Intl formatter per zone is far cheaper than a luxon DateTime.
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(clock.now()).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

export function isValidTimeZone(zone: string): boolean {
  return DateTime.local().setZone(zone).isValid;
}

export function parseIsoDate(text: string): DateTime | undefined {
  const date = DateTime.fromISO(text, { zone: 'utc' });
  return date.isValid && /^\d{4}-\d{2}-\d{2}$/.test(text) ? date : undefined;
}

export function addDays(isoDate: string, days: number): string {
  return DateTime.fromISO(isoDate, { zone: 'utc' }).plus({ days }).toISODate() as string;
}

/** First day of the week holding `isoDate`, for weeks starting on `weekStart`. */
export function startOfWeek(isoDate: string, weekStart: Weekday): string {
  const date = DateTime.fromISO(isoDate, { zone: 'utc' });
  const back = (date.weekday - weekStart + 7) % 7;
  return date.minus({ days: back }).toISODate() as string;
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
    case 'this_month': {
      const date = DateTime.fromISO(today, { zone: 'utc' });
      return {
        from: date.startOf('month').toISODate() as string,
        to: date.endOf('month').toISODate() as string,
        label: 'this month',
      };
    }
    case 'last_month': {
      const date = DateTime.fromISO(today, { zone: 'utc' }).minus({ months: 1 });
      return {
        from: date.startOf('month').toISODate() as string,
        to: date.endOf('month').toISODate() as string,
        label: 'last month',
      };
    }
    case 'last_n_days':
      return { from: addDays(today, -(spec.days - 1)), to: today, label: `the last ${spec.days} days` };
    case 'iso_week':
      return isoWeekPeriod(spec.week) ?? resolvePeriod({ kind: 'this_week' }, today, weekStart);
    case 'range':
      return { from: spec.from, to: spec.to, label: `${spec.from} to ${spec.to}` };
  }
}
