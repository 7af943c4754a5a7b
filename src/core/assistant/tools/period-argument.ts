/** The period argument several tools share, and its resolution against the user's today and week start. */
import { z } from 'zod';
import type { User } from '../../domain/user.ts';
import { err, ok, type Result } from '../../result.ts';
import { isoWeekPeriod, type Period, parseIsoDate, resolvePeriod } from '../../time/period.ts';

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-25')
  .refine((text) => parseIsoDate(text) !== undefined, 'is not a real calendar date');

export const periodSchema = z
  .strictObject({
    kind: z.enum([
      'today',
      'yesterday',
      'this_week',
      'last_week',
      'this_month',
      'last_month',
      'last_n_days',
      'iso_week',
      'range',
    ]),
    days: z.number().int().min(1).max(366).nullable().describe('last_n_days only: days, today included.'),
    week: z.string().nullable().describe('iso_week only: like "2026-W47".'),
    from: isoDateSchema.nullable().describe('range only: first day.'),
    to: isoDateSchema.nullable().describe('range only: last day, included.'),
  })
  .describe("this_week and last_week follow the user's week.");

export type PeriodArgument = z.output<typeof periodSchema>;

/** Longest range a tool accepts, so one question cannot ask for decades of per-day rows. */
const maxRangeDays = 3660;

/** The period's dates, or a sentence saying which field is missing or wrong. */
export function resolvePeriodArgument(arg: PeriodArgument, user: User, today: string): Result<Period, string> {
  switch (arg.kind) {
    case 'last_n_days':
      if (arg.days === null) return err('period.days is required for last_n_days');
      return ok(resolvePeriod({ kind: 'last_n_days', days: arg.days }, today, user.weekStart));
    case 'iso_week': {
      const period = arg.week === null ? undefined : isoWeekPeriod(arg.week);
      return period ? ok(period) : err('period.week must be an ISO week like 2026-W47 for iso_week');
    }
    case 'range': {
      if (arg.from === null || arg.to === null) return err('period.from and period.to are required for range');
      if (arg.from > arg.to) return err('period.from must not be after period.to');
      const days = (Date.parse(arg.to) - Date.parse(arg.from)) / 86_400_000;
      if (days > maxRangeDays) return err(`a range may span at most ${maxRangeDays} days`);
      return ok(resolvePeriod({ kind: 'range', from: arg.from, to: arg.to }, today, user.weekStart));
    }
    default:
      return ok(resolvePeriod({ kind: arg.kind }, today, user.weekStart));
  }
}
