/** The period a dashboard page shows, from its query: ?period=week|month|last-week|last-month, or ?from=…&to=…. */

import { err, ok, type Result } from '../core/result.ts';
import { dayNumber } from '../core/time/calendar-date.ts';
import type { Weekday } from '../core/time/period.ts';
import { type Period, parseIsoDate, resolvePeriod } from '../core/time/period.ts';

export const periodChoices: ReadonlyArray<readonly [string, string]> = [
  ['week', 'This week'],
  ['month', 'This month'],
  ['last-week', 'Last week'],
  ['last-month', 'Last month'],
];

/** Longest range a page shows: two years of days is already a dense chart. */
export const maxRangeDays = 731;

export interface ChosenPeriod {
  readonly period: Period;
  /** One of periodChoices' values, or "range". */
  readonly chosen: string;
}

export function readPeriod(
  query: URLSearchParams,
  today: string,
  weekStart: Weekday,
  fallback: 'week' | 'month' = 'week',
): Result<ChosenPeriod, string> {
  const from = query.get('from');
  const to = query.get('to');
  if (from || to) {
    if (!from || !to) return err('Choose both a first and a last day.');
    for (const day of [from, to]) {
      if (!parseIsoDate(day) || day < '2000-01-01' || day > '2100-12-31') {
        return err(`"${day}" is not a date between 2000 and 2100.`);
      }
    }
    if (to < from) return err('The first day must not be after the last.');
    if (dayNumber(to) - dayNumber(from) + 1 > maxRangeDays) return err(`Choose at most ${maxRangeDays} days.`);
    return ok({ period: resolvePeriod({ kind: 'range', from, to }, today, weekStart), chosen: 'range' });
  }
  const name = query.get('period') ?? fallback;
  const spec =
    name === 'week'
      ? ({ kind: 'this_week' } as const)
      : name === 'month'
        ? ({ kind: 'this_month' } as const)
        : name === 'last-week'
          ? ({ kind: 'last_week' } as const)
          : name === 'last-month'
            ? ({ kind: 'last_month' } as const)
            : undefined;
  if (!spec)
    return err(`Unknown period "${name}": choose week, month, last-week or last-month, or a from and to date.`);
  return ok({ period: resolvePeriod(spec, today, weekStart), chosen: name });
}
