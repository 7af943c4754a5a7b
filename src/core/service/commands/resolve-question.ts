/** A question made whole: what it leaves unsaid comes from the last question (a follow-up) or the defaults. */
import type { QuestionMeasure, Versus } from '../../domain/spending-question.ts';
import type { ThreadContext } from '../../domain/thread.ts';
import type { Intent } from '../../parse/intent.ts';
import { addDays, dayNumber, monthEnd, monthStart } from '../../time/calendar-date.ts';
import { type Period, resolvePeriod, startOfWeek, type Weekday } from '../../time/period.ts';

export interface ResolvedQuestion {
  readonly measure: QuestionMeasure;
  readonly period: Period;
  readonly category: string | null;
  /** Only expenses in this currency; null: every currency, each summed on its own. */
  readonly currency: string | null;
  /** Set exactly when the measure is a comparison. */
  readonly versus: Versus | null;
}

type SummaryIntent = Extract<Intent, { kind: 'summary' }>;

/**
 * Fills the gaps. A follow-up keeps the last question's measure, period, category and currency unless it
 * names its own; a new period for a comparison of periods (or a new category for one of categories) asks
 * about that alone. A fresh question covers this week, or this month for averages and weekly breakdowns.
 */
export function resolveQuestion(
  intent: SummaryIntent,
  remembered: ThreadContext,
  today: string,
  weekStart: Weekday,
): ResolvedQuestion {
  const last = intent.followUp ? remembered : {};
  let measure = intent.measure ?? last.measure ?? { kind: 'total' };
  let versus = intent.versus ?? (intent.measure === undefined ? (last.versus ?? null) : null);
  if (!intent.versus && versus) {
    const replacesSide = 'period' in versus ? intent.period !== null : intent.category !== null;
    if (replacesSide) {
      measure = { kind: 'total' };
      versus = null;
    }
  }
  if (measure.kind !== 'compare') versus = null;
  else if (!versus) measure = { kind: 'total' };

  const shifted = intent.shift && last.period ? shiftBack(last.period, intent.shift, weekStart) : undefined;
  const period = intent.period ?? shifted ?? last.period ?? defaultPeriod(measure, today, weekStart);
  return {
    measure,
    period,
    category: intent.category ?? last.category ?? null,
    currency: intent.currency !== undefined ? intent.currency : (last.currency ?? null),
    versus,
  };
}

function defaultPeriod(measure: QuestionMeasure, today: string, weekStart: Weekday): Period {
  if (measure.kind === 'breakdown' && measure.by === 'month') {
    return { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31`, label: 'this year' };
  }
  const monthly = measure.kind === 'average' || (measure.kind === 'breakdown' && measure.by === 'week');
  return resolvePeriod({ kind: monthly ? 'this_month' : 'this_week' }, today, weekStart);
}

/** "the week before" a period: the week before the one it starts in; "before that": the same length back. */
function shiftBack(period: Period, unit: 'day' | 'week' | 'month' | 'same', weekStart: Weekday): Period {
  const step = unit === 'same' ? sameKindStep(period, weekStart) : unit;
  switch (step) {
    case 'day': {
      const day = addDays(period.from, -1);
      return { from: day, to: day, label: 'the day before' };
    }
    case 'week': {
      const from = addDays(startOfWeek(period.from, weekStart), -7);
      return { from, to: addDays(from, 6), label: 'the week before' };
    }
    case 'month': {
      const from = monthStart(period.from, -1);
      return { from, to: monthEnd(from), label: 'the month before' };
    }
    default: {
      const length = daysBetween(period.from, period.to);
      const to = addDays(period.from, -1);
      return { from: addDays(to, -length), to, label: 'the period before' };
    }
  }
}

/** Whole days, weeks and months step by their own unit; other ranges by their length. */
function sameKindStep(period: Period, weekStart: Weekday): 'day' | 'week' | 'month' | 'range' {
  if (period.from === period.to) return 'day';
  if (period.from === startOfWeek(period.from, weekStart) && period.to === addDays(period.from, 6)) return 'week';
  if (period.from === monthStart(period.from) && period.to === monthEnd(period.from)) return 'month';
  return 'range';
}

function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
