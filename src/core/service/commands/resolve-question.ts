/** A question made whole: what it leaves unsaid comes from the last question (a follow-up) or the defaults. */
import type { QuestionMeasure, Versus } from '../../domain/spending-question.ts';
import type { ThreadContext } from '../../domain/thread.ts';
import type { Intent } from '../../parse/intent.ts';
import { periodBefore } from '../../parse/question-shift.ts';
import { type Period, resolvePeriod, type Weekday } from '../../time/period.ts';

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

  const shifted = intent.shift && last.period ? periodBefore(last.period, intent.shift, weekStart) : undefined;
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
