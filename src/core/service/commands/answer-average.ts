/**
 * Averages: per expense (sum ÷ count) and per day (sum ÷ days). A period still in progress divides by the
 * days up to today, so "this month" on the 25th averages over 25 days; days ahead have not happened yet.
 * Both round half up to a whole minor unit.
 */
import { isAllTime } from '../../parse/period-phrase.ts';
import { dayNumber } from '../../time/calendar-date.ts';
import type { QuestionContext } from '../command-context.ts';
import { averageMinor } from './average-minor.ts';
import { expenses, inCurrency, money, nothingIn, sumsFor, when } from './question-reply.ts';
import type { ResolvedQuestion } from './resolve-question.ts';

export async function answerAverage(
  ctx: QuestionContext,
  question: ResolvedQuestion,
  per: 'day' | 'expense',
): Promise<string> {
  const { period } = question;
  const totals = await sumsFor(ctx, question, 'none');
  const subject = question.category ? `${question.category} ` : '';
  if (per === 'expense') {
    if (totals.length === 0) return nothingIn(ctx, question);
    const parts = totals.map(
      (row) =>
        `${money(ctx, averageMinor(row.minor, row.count), row.currency)} (${money(ctx, row.minor, row.currency)} over ${expenses(row.count)})`,
    );
    return `Average ${subject}expense${inCurrency(question)} ${when(ctx, period)}: ${parts.join('; ')}`;
  }
  // All time counts its days from the first day anything was spent.
  const from = isAllTime(period) ? await firstDay(ctx, question) : period.from;
  const days = elapsedDays(from, period.to, ctx.today);
  if (days === 0) return `${when(ctx, period)} has not started yet.`;
  if (totals.length === 0) return nothingIn(ctx, question);
  const parts = totals.map(
    (row) =>
      `${money(ctx, averageMinor(row.minor, days), row.currency)} a day (${money(ctx, row.minor, row.currency)} over ${days} day${days === 1 ? '' : 's'})`,
  );
  const on = question.category ? ` on ${question.category}` : '';
  return `Average daily spending${on}${inCurrency(question)} ${when(ctx, period)}: ${parts.join('; ')}`;
}

/** The first day with spending in the question's scope (rows come by currency, then by date). */
export async function firstDay(ctx: QuestionContext, question: ResolvedQuestion): Promise<string> {
  const days = (await sumsFor(ctx, question, 'day')).map((row) => row.key).sort();
  return days[0] ?? ctx.today;
}

/** Days of the period up to and including today; 0 when it starts after today. */
export function elapsedDays(from: string, to: string, today: string): number {
  const end = to < today ? to : today;
  return end < from ? 0 : dayNumber(end) - dayNumber(from) + 1;
}
