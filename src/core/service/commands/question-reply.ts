/** Pieces every answer to a spending question shares: its sum query, how it names its scope, and money. */
import { categoryKey } from '../../domain/category.ts';
import type { SumGrouping, SumQuery, SumRow } from '../../domain/stats.ts';
import { formatPeriod } from '../../format/date-label.ts';
import { formatMoney } from '../../money/money.ts';
import { isAllTime } from '../../parse/period-phrase.ts';
import type { Period } from '../../time/period.ts';
import type { QuestionContext } from '../command-context.ts';
import type { ResolvedQuestion } from './resolve-question.ts';

/** Sums for the question's period (or `period`), category and currency, as the database computes them. */
export function sumsFor(
  ctx: QuestionContext,
  question: ResolvedQuestion,
  groupBy: SumGrouping,
  period: Period = question.period,
  category: string | null = question.category,
): Promise<SumRow[]> {
  const query: SumQuery = {
    from: period.from,
    to: period.to,
    groupBy,
    ...(category ? { categoryKey: categoryKey(category) } : {}),
    ...(question.currency ? { currency: question.currency } : {}),
  };
  return ctx.store.sumExpenses(ctx.user.id, query);
}

/** "this week (23 Nov – 29 Nov)", "in October (1 Oct – 31 Oct)"; all time is "so far". */
export function when(ctx: QuestionContext, period: Period): string {
  if (isAllTime(period)) return period.label;
  return formatPeriod(period, ctx.user.locale, ctx.today);
}

/** " in USD" when the question is limited to a currency. */
export function inCurrency(question: ResolvedQuestion): string {
  return question.currency ? ` in ${question.currency}` : '';
}

export function money(ctx: QuestionContext, minor: number, currency: string): string {
  return formatMoney({ minor, currency }, ctx.user.locale);
}

/** "₹250.00 (1 expense)". */
export function withCount(ctx: QuestionContext, row: SumRow): string {
  return `${money(ctx, row.minor, row.currency)} (${expenses(row.count)})`;
}

/** Per-currency amounts joined: "₹250.00 + $12.00". */
export function amounts(ctx: QuestionContext, rows: ReadonlyArray<SumRow>): string {
  return rows.map((row) => money(ctx, row.minor, row.currency)).join(' + ');
}

export function expenses(count: number): string {
  return `${count} expense${count === 1 ? '' : 's'}`;
}

/** The reply for an empty scope: "No groceries expenses in USD this week (23 Nov – 29 Nov)." */
export function nothingIn(ctx: QuestionContext, question: ResolvedQuestion, period: Period = question.period): string {
  const what = [question.category, question.currency].filter(Boolean).join(' ');
  return `No ${what ? `${what} ` : ''}expenses ${when(ctx, period)}.`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Rows grouped by currency, in the order the database returned them. */
export function byCurrency(rows: ReadonlyArray<SumRow>): Map<string, SumRow[]> {
  const groups = new Map<string, SumRow[]>();
  for (const row of rows) groups.set(row.currency, [...(groups.get(row.currency) ?? []), row]);
  return groups;
}
