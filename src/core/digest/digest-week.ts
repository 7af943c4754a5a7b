/** The periods a digest reads: the ISO week itself and the week before it, for the change figures. */

import type { Period } from '../time/period.ts';
import { addDays, isoWeekOf, isoWeekPeriod } from '../time/period.ts';
import { UnknownWeekError } from '../time/unknown-week-error.ts';

export interface DigestWeek {
  /** "2026-W47", upper case. */
  readonly week: string;
  readonly period: Period;
  readonly previousWeek: string;
  readonly previous: { readonly from: string; readonly to: string };
}

/** Throws UnknownWeekError for a malformed week. */
export function digestWeek(week: string): DigestWeek {
  const period = isoWeekPeriod(week);
  if (!period) throw new UnknownWeekError(`"${week}" is not an ISO week like 2026-W47`);
  const previousFrom = addDays(period.from, -7);
  return {
    week: week.trim().toUpperCase(),
    period,
    previousWeek: isoWeekOf(previousFrom),
    previous: { from: previousFrom, to: addDays(previousFrom, 6) },
  };
}
