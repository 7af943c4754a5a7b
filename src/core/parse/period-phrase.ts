/** Finds the period a question names ("this week", "last 7 days", "2026-W47", "from 1 Nov to 15 Nov", "on monday"). */
import { DateTime } from 'luxon';
import { err, ok, type Result } from '../result.ts';
import { isoWeekPeriod, type Period, type PeriodSpec, resolvePeriod } from '../time/period.ts';
import { type DateMatch, findDatePhrases } from './date-phrase.ts';
import type { ParseContext } from './intent.ts';
import type { Found } from './text-tools.ts';

export type PeriodMatch = Found<Period>;

type PeriodContext = Pick<ParseContext, 'today' | 'locale' | 'weekStart'>;

interface NamedRule {
  readonly regex: RegExp;
  readonly spec: (match: RegExpExecArray, ctx: PeriodContext) => Result<PeriodSpec, string>;
}

const maxDays = 3660;
const lead = String.raw`(?<!\w)(?:(?:in|for|during|over)\s+)?(?:the\s+)?`;

const namedRules: ReadonlyArray<NamedRule> = [
  {
    regex: new RegExp(String.raw`${lead}(?:last|past|previous)\s+(\d{1,5})\s+(days?|weeks?)(?!\w)`, 'giu'),
    spec: (m) => {
      const days = Number(m[1]) * ((m[2] ?? '').toLowerCase().startsWith('week') ? 7 : 1);
      if (days < 1 || days > maxDays) return err(`Ask about 1 to ${maxDays} days.`);
      return ok({ kind: 'last_n_days', days });
    },
  },
  {
    regex: new RegExp(String.raw`${lead}(?:last|past|previous)\s+(week|month)(?!\w)`, 'giu'),
    spec: (m) => ok({ kind: (m[1] ?? '').toLowerCase() === 'week' ? 'last_week' : 'last_month' }),
  },
  {
    regex: new RegExp(String.raw`${lead}(?:(?:this|current)\s+week|week\s+so\s+far)(?!\w)`, 'giu'),
    spec: () => ok({ kind: 'this_week' }),
  },
  {
    regex: new RegExp(String.raw`${lead}(?:(?:this|current)\s+month|month\s+so\s+far)(?!\w)`, 'giu'),
    spec: () => ok({ kind: 'this_month' }),
  },
  {
    regex: new RegExp(String.raw`${lead}(?:week\s+)?(\d{4})-?w(\d{1,2})(?!\w)`, 'giu'),
    spec: (m) => isoWeek(`${m[1]}-W${(m[2] ?? '').padStart(2, '0')}`),
  },
  {
    regex: new RegExp(String.raw`${lead}week\s+(?:no\.?\s*|#)?(\d{1,2})(?!\w|\.\d)`, 'giu'),
    spec: (m, ctx) => {
      const weekYear = DateTime.fromISO(ctx.today, { zone: 'utc' }).weekYear;
      return isoWeek(`${weekYear}-W${(m[1] ?? '').padStart(2, '0')}`);
    },
  },
  { regex: /(?<!\w)(?:for\s+)?today(?!\w)/giu, spec: () => ok({ kind: 'today' }) },
  { regex: /(?<!\w)(?:for\s+)?yesterday(?!\w)/giu, spec: () => ok({ kind: 'yesterday' }) },
];

const monthRule =
  /(?<!\w)(?:(?:in|for|during)\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+(\d{4}))?(?!\w)/giu;

/** Every period named in `text`, left to right; where phrases overlap the longer one wins. */
export function findPeriodPhrases(text: string, ctx: PeriodContext): PeriodMatch[] {
  const candidates: Array<PeriodMatch & { readonly rank: number }> = [];
  for (const rule of namedRules) {
    for (const match of text.matchAll(rule.regex)) {
      const spec = rule.spec(match, ctx);
      const result = spec.ok ? ok(resolvePeriod(spec.value, ctx.today, ctx.weekStart)) : spec;
      candidates.push({ index: match.index, length: match[0].length, result, rank: 0 });
    }
  }
  for (const match of text.matchAll(monthRule)) {
    candidates.push({ index: match.index, length: match[0].length, result: wholeMonth(match, ctx), rank: 1 });
  }
  for (const found of datePeriods(text, ctx)) candidates.push({ ...found, rank: 2 });

  candidates.sort((a, b) => a.index - b.index || b.length - a.length || a.rank - b.rank);
  const chosen: PeriodMatch[] = [];
  let end = 0;
  for (const { rank: _rank, ...candidate } of candidates) {
    if (candidate.index < end) continue;
    chosen.push(candidate);
    end = candidate.index + candidate.length;
  }
  return chosen;
}

/** The first period named in `text`, or undefined. */
export function findPeriodPhrase(text: string, ctx: PeriodContext): PeriodMatch | undefined {
  return findPeriodPhrases(text, ctx)[0];
}

/** Periods built from date phrases: "from D to D", "between D and D", "D - D", "since D", or one day. */
function datePeriods(text: string, ctx: PeriodContext): PeriodMatch[] {
  const dates = findDatePhrases(text, ctx);
  const periods: PeriodMatch[] = [];
  for (let at = 0; at < dates.length; at++) {
    const from = dates[at] as DateMatch;
    const to = dates[at + 1];
    const before = text.slice(0, from.index);
    const opener = /(?:from|between)\s+$/i.exec(before);
    const start = opener ? opener.index : from.index;
    if (
      to &&
      /^\s*(?:to|and|till|until|through|thru|-|–|—)\s*$/i.test(text.slice(from.index + from.length, to.index))
    ) {
      periods.push({ index: start, length: to.index + to.length - start, result: range(from.result, to.result, ctx) });
      at += 1;
      continue;
    }
    const since = /since\s+$/i.exec(before);
    if (since) {
      const length = from.index + from.length - since.index;
      periods.push({ index: since.index, length, result: range(from.result, ok(ctx.today), ctx) });
      continue;
    }
    periods.push({ index: from.index, length: from.length, result: oneDay(from.result) });
  }
  return periods;
}

function range(from: Result<string, string>, to: Result<string, string>, ctx: PeriodContext): Result<Period, string> {
  if (!from.ok) return from;
  if (!to.ok) return to;
  if (from.value > to.value) return err('The start of that range is after its end.');
  return ok(resolvePeriod({ kind: 'range', from: from.value, to: to.value }, ctx.today, ctx.weekStart));
}

/** One day, labelled by its weekday so a reply reads "on Monday (23 Nov)". */
function oneDay(date: Result<string, string>): Result<Period, string> {
  if (!date.ok) return date;
  const weekday = DateTime.fromISO(date.value, { zone: 'utc' }).setLocale('en').toFormat('cccc');
  return ok({ from: date.value, to: date.value, label: `on ${weekday}` });
}

function isoWeek(week: string): Result<PeriodSpec, string> {
  return isoWeekPeriod(week) ? ok({ kind: 'iso_week', week }) : err(`${week} is not a week of the calendar.`);
}

/** "in November": this year's, or last year's while this year's has not started. */
function wholeMonth(match: RegExpExecArray, ctx: PeriodContext): Result<Period, string> {
  const today = DateTime.fromISO(ctx.today, { zone: 'utc' });
  const name = match[1] ?? '';
  const monthNumber = DateTime.fromFormat(name.slice(0, 3), 'LLL', { locale: 'en' }).month;
  let year = match[2] ? Number(match[2]) : today.year;
  if (!match[2] && monthNumber > today.month) year -= 1;
  const start = DateTime.fromObject({ year, month: monthNumber, day: 1 }, { zone: 'utc' });
  if (!start.isValid || (start.toISODate() as string) > ctx.today) {
    return err(`${start.isValid ? start.toFormat('LLLL yyyy') : name} has not started yet.`);
  }
  const from = start.toISODate() as string;
  return ok(
    resolvePeriod({ kind: 'range', from, to: start.endOf('month').toISODate() as string }, ctx.today, ctx.weekStart),
  );
}
