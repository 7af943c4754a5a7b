/** "Daily breakdown this week", "spending by week this month", "per category last month": sums per part of the period. */

import { DateTime } from 'luxon';
import type { SumRow } from '../../domain/stats.ts';
import { formatDay } from '../../format/date-label.ts';
import { isAllTime } from '../../parse/period-phrase.ts';
import { addDays, dayNumber, weekdayOf } from '../../time/calendar-date.ts';
import { type Period, startOfWeek } from '../../time/period.ts';
import type { QuestionContext } from '../command-context.ts';
import { elapsedDays, firstDay } from './answer-average.ts';
import { answerTotal } from './answer-total.ts';
import { averageMinor } from './average-minor.ts';
import { amounts, inCurrency, money, nothingIn, sumsFor, when } from './question-reply.ts';
import type { ResolvedQuestion } from './resolve-question.ts';

const weekdayNames = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export async function answerBreakdown(
  ctx: QuestionContext,
  question: ResolvedQuestion,
  by: 'day' | 'week' | 'month' | 'category',
): Promise<string> {
  if (by === 'category') return answerTotal(ctx, { ...question, category: null });
  const days = await sumsFor(ctx, question, 'day');
  if (days.length === 0) return nothingIn(ctx, question);
  const on = question.category ? ` on ${question.category}` : '';
  const lines = [`Spending${on}${inCurrency(question)} by ${by} ${when(ctx, question.period)}:`];
  for (const part of partsOf(ctx, question.period, days, by)) lines.push(`• ${part.label}: ${amounts(ctx, part.rows)}`);
  const totals = await sumsFor(ctx, question, 'none');
  if (by === 'day') {
    // The same reply answers "what do I spend a day": the average over the days so far.
    const from = isAllTime(question.period) ? await firstDay(ctx, question) : question.period.from;
    const count = elapsedDays(from, question.period.to, ctx.today);
    if (count > 0) lines.push(averageLine(ctx, totals, count, 'day'));
  } else {
    // "average per week", "monthly average": over the weeks (months) from the first one with spending to
    // this one, or the period's last; a week or month still in progress counts as one.
    const first = [...days].map((row) => row.key).sort()[0] ?? question.period.from;
    const [last] = [question.period.to, ctx.today].sort() as [string];
    const count = by === 'week' ? weeksBetween(ctx, first, last) : monthsBetween(first, last);
    if (count > 0) lines.push(averageLine(ctx, totals, count, by));
  }
  return lines.join('\n');
}

function averageLine(ctx: QuestionContext, totals: ReadonlyArray<SumRow>, count: number, unit: string): string {
  const each = totals.map((row) => money(ctx, averageMinor(row.minor, count), row.currency)).join(' + ');
  return `Average ${each} a ${unit} over ${count} ${unit}${count === 1 ? '' : 's'} (${amounts(ctx, totals)} in all).`;
}

/** Weeks (from the user's week start) that `from` … `to` touches. */
function weeksBetween(ctx: QuestionContext, from: string, to: string): number {
  if (to < from) return 0;
  const start = startOfWeek(from, ctx.user.weekStart);
  return Math.floor((dayNumber(to) - dayNumber(start)) / 7) + 1;
}

/** Calendar months that `from` … `to` touches. */
function monthsBetween(from: string, to: string): number {
  if (to < from) return 0;
  const months = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
  return months(to) - months(from) + 1;
}

interface Part {
  readonly label: string;
  readonly rows: SumRow[];
}

/** Day sums regrouped into days, weeks (from the user's week start, cut to the period) or months, in date order. */
function partsOf(
  ctx: QuestionContext,
  period: Period,
  days: ReadonlyArray<SumRow>,
  by: 'day' | 'week' | 'month',
): Part[] {
  const parts = new Map<string, { label: string; rows: Map<string, SumRow> }>();
  for (const row of [...days].sort((a, b) => a.key.localeCompare(b.key))) {
    const [key, label] = partOf(ctx, period, row.key, by);
    const part = parts.get(key) ?? { label, rows: new Map<string, SumRow>() };
    const known = part.rows.get(row.currency);
    // Adds the database's day sums; amounts themselves are never summed here.
    const minor = (known?.minor ?? 0) + row.minor;
    if (!Number.isSafeInteger(minor)) throw new RangeError(`Sum of ${row.currency} is too large`);
    part.rows.set(row.currency, { currency: row.currency, key, minor, count: (known?.count ?? 0) + row.count });
    parts.set(key, part);
  }
  return [...parts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, part]) => ({
      label: part.label,
      rows: [...part.rows.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
    }));
}

function partOf(ctx: QuestionContext, period: Period, day: string, by: 'day' | 'week' | 'month'): [string, string] {
  const { locale } = ctx.user;
  if (by === 'day') return [day, `${weekdayNames[weekdayOf(day) - 1]} ${formatDay(day, locale, ctx.today)}`];
  if (by === 'month') {
    const first = `${day.slice(0, 7)}-01`;
    return [first, DateTime.fromISO(first, { zone: 'utc' }).setLocale(locale).toFormat('LLLL yyyy')];
  }
  const start = startOfWeek(day, ctx.user.weekStart);
  // ISO dates compare as text; a week is cut to the part inside the period.
  const [from] = [start, period.from].sort().reverse() as [string];
  const [to] = [addDays(start, 6), period.to].sort() as [string];
  const label =
    from === to
      ? formatDay(from, locale, ctx.today)
      : `${formatDay(from, locale, ctx.today)} – ${formatDay(to, locale, ctx.today)}`;
  return [from, label];
}
