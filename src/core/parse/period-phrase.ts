/**
 * Finds the period a question names: "this week", "last 7 days", "last 3 months", "2026-W47", "in Oct",
 * "this year", "last weekend", "from 1 Nov to 15 Nov", "between 3 and 9 Nov", "since monday", "on the 14th".
 */
import { DateTime } from 'luxon';
import { err, ok, type Result } from '../result.ts';
import { addDays, monthEnd, monthStart, weekdayOf } from '../time/calendar-date.ts';
import { isoWeekPeriod, type Period, type PeriodSpec, resolvePeriod, startOfWeek } from '../time/period.ts';
import { countOf, countWordPattern } from './count-words.ts';
import { type DateMatch, findDatePhrases } from './date-phrase.ts';
import type { ParseContext } from './intent.ts';
import type { Found } from './text-tools.ts';

export type PeriodMatch = Found<Period>;

type PeriodContext = Pick<ParseContext, 'today' | 'locale' | 'weekStart'>;

interface NamedRule {
  readonly regex: RegExp;
  /** A spec to resolve, or a period already resolved (one with its own label). */
  readonly spec: (match: RegExpExecArray, ctx: PeriodContext) => Result<PeriodSpec | LabelledRange, string>;
}

/** A range with the words a reply uses for it ("the last 3 months"). */
interface LabelledRange {
  readonly kind: 'range';
  readonly from: string;
  readonly to: string;
  readonly label: string;
}

const maxDays = 3660;
const lead = String.raw`(?<!\w)(?:(?:in|for|during|over)\s+)?(?:the\s+)?`;
/** Counts written as words: "the last ten days", "past two weeks". */
const count = String.raw`(\d{1,5}|${countWordPattern()})`;

const namedRules: ReadonlyArray<NamedRule> = [
  {
    regex: new RegExp(String.raw`${lead}(?:last|past|previous)\s+${count}\s+(days?|weeks?)(?!\w)`, 'giu'),
    spec: (m) => {
      const days = countOf(m[1]) * ((m[2] ?? '').toLowerCase().startsWith('week') ? 7 : 1);
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
  {
    regex: new RegExp(String.raw`${lead}(?:last|past|previous)\s+${count}\s+months?(?!\w)`, 'giu'),
    spec: (m, ctx) => {
      const months = countOf(m[1]);
      if (months < 1 || months > 120) return err('Ask about 1 to 120 months.');
      // Rolling, like "the last 10 days": from the day after the same date `months` months ago.
      const from = addDays(DateTime.fromISO(ctx.today, { zone: 'utc' }).minus({ months }).toISODate() as string, 1);
      return ok({ kind: 'range', from, to: ctx.today, label: `the last ${months} month${months === 1 ? '' : 's'}` });
    },
  },
  {
    regex: new RegExp(String.raw`${lead}(?:(?:last|past|this)\s+fortnight|fortnight\s+so\s+far)(?!\w)`, 'giu'),
    spec: () => ok({ kind: 'last_n_days', days: 14 }),
  },
  {
    regex: new RegExp(String.raw`${lead}(this|current|last|past|previous)\s+quarter(?!\w)`, 'giu'),
    spec: (m, ctx) => ok(quarter(ctx.today, /^(?:this|current)$/i.test(m[1] ?? '') ? 0 : -1)),
  },
  {
    regex: new RegExp(String.raw`${lead}q([1-4])(?:\s+(20\d\d))?(?!\w)`, 'giu'),
    spec: (m, ctx) => {
      const year = Number(m[2] ?? ctx.today.slice(0, 4));
      const from = `${year}-${String((Number(m[1]) - 1) * 3 + 1).padStart(2, '0')}-01`;
      if (from > ctx.today) return err(`Q${m[1]} ${year} has not started yet.`);
      return ok({
        kind: 'range',
        from,
        to: monthEnd(monthStart(from, 2)),
        label: `in Q${m[1]}${m[2] ? ` ${year}` : ''}`,
      });
    },
  },
  {
    regex: new RegExp(String.raw`${lead}(week|month)\s+before\s+last(?!\w)`, 'giu'),
    spec: (m, ctx) => {
      if ((m[1] ?? '').toLowerCase() === 'month') {
        const from = monthStart(ctx.today, -2);
        return ok({ kind: 'range', from, to: monthEnd(from), label: 'the month before last' });
      }
      const from = addDays(startOfWeek(ctx.today, ctx.weekStart), -14);
      return ok({ kind: 'range', from, to: addDays(from, 6), label: 'the week before last' });
    },
  },
  {
    regex: new RegExp(
      String.raw`${lead}(?:(?:so\s+far\s+)?(?:this|current)\s+year(?:\s+so\s+far)?|year\s+to\s+date|ytd|year\s+so\s+far)(?!\w)`,
      'giu',
    ),
    spec: (_m, ctx) => ok(yearRange(ctx.today.slice(0, 4), 'this year')),
  },
  {
    regex: new RegExp(String.raw`${lead}(?:last|past|previous)\s+year(?!\w)`, 'giu'),
    spec: (_m, ctx) => ok(yearRange(String(Number(ctx.today.slice(0, 4)) - 1), 'last year')),
  },
  {
    regex: new RegExp(
      String.raw`${lead}(?:month\s+to\s+date|mtd|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+month)(?!\w)`,
      'giu',
    ),
    spec: () => ok({ kind: 'this_month' }),
  },
  {
    regex: new RegExp(
      String.raw`${lead}(?:week\s+to\s+date|wtd|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+week)(?!\w)`,
      'giu',
    ),
    spec: () => ok({ kind: 'this_week' }),
  },
  {
    regex: /(?<!\w)(?:(?:over|on|at|during|for|in)\s+)?(?:(last|this|past)\s+|the\s+)weekend(?!\w)/giu,
    spec: (m, ctx) => ok(weekend(ctx.today, (m[1] ?? '').toLowerCase() === 'last')),
  },
  // Hindi written in Latin letters, as many in India chat: "is mahine", "pichle hafte", "aaj", "kal".
  {
    regex: /(?<!\w)(?:(?:is|iss|ye|yeh)\s+(?:mahine|mahina)|(?:iss|yeh)\s+month)(?!\w)/giu,
    spec: () => ok({ kind: 'this_month' }),
  },
  {
    regex: /(?<!\w)(?:(?:pichle|pichhle|pichla|pichhla)\s+(?:mahine|mahina|month)|last\s+(?:mahine|mahina))(?!\w)/giu,
    spec: () => ok({ kind: 'last_month' }),
  },
  {
    regex: /(?<!\w)(?:(?:is|iss|ye|yeh)\s+(?:hafte|hafta)|(?:iss|yeh)\s+week)(?!\w)/giu,
    spec: () => ok({ kind: 'this_week' }),
  },
  {
    regex: /(?<!\w)(?:(?:pichle|pichhle|pichla|pichhla)\s+(?:hafte|hafta|week)|last\s+(?:hafte|hafta))(?!\w)/giu,
    spec: () => ok({ kind: 'last_week' }),
  },
  {
    regex: /(?<!\w)(?:(?:is|iss|ye|yeh)\s+(?:saal|sal)|(?:iss|yeh)\s+year)(?!\w)/giu,
    spec: (_m, ctx) => ok(yearRange(ctx.today.slice(0, 4), 'this year')),
  },
  {
    regex: /(?<!\w)(?:pichle|pichhle|pichla|pichhla)\s+(?:saal|sal|year)(?!\w)/giu,
    spec: (_m, ctx) => ok(yearRange(String(Number(ctx.today.slice(0, 4)) - 1), 'last year')),
  },
  { regex: /(?<!\w)aaj(?!\w)/giu, spec: () => ok({ kind: 'today' }) },
  { regex: /(?<!\w)kal(?!\w)/giu, spec: () => ok({ kind: 'yesterday' }) },
  { regex: /(?<!\w)(?:for\s+)?(?:so\s+far\s+)?today(?:\s+so\s+far)?(?!\w)/giu, spec: () => ok({ kind: 'today' }) },
  { regex: /(?<!\w)(?:for\s+)?yesterday(?!\w)/giu, spec: () => ok({ kind: 'yesterday' }) },
];

const monthNames_ =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
const monthRule =
  /(?<!\w)(?:(?:in|for|during|of)\s+(?:the\s+month\s+of\s+)?)?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?:\s+(\d{4}))?(?!\w)/giu;
const sinceMonthRule =
  /(?<!\w)since\s+(?:the\s+)?(?:(?:start|beginning)\s+of\s+)?(?:(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?:\s+(\d{4}))?|last\s+month)(?!\w)/giu;
const monthNames =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
const ordinal = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
/** A year on its own only after a preposition ("spending in 2026"), so an amount like "2000" stays an amount. */
const yearRule = /(?<!\w)(?:in|for|during|of|over)\s+(?:the\s+year\s+)?(20\d\d)(?![\w.,]?\d|\w)/giu;
/** "the first 10 days of November", "the second week of October", "the first half of this month". */
const partOfMonthRule = new RegExp(
  String.raw`(?<!\w)(?:(?:in|for|during|over)\s+)?(?:the\s+)?(?:(first|last)\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\s+days|(first|second|third|fourth|last)\s+week|(first|second)\s+half)\s+of\s+(?:the\s+month\s+of\s+)?(this\s+month|last\s+month|the\s+month|${monthNames_})\.?(?!\w)`,
  'giu',
);
/** Days of one month: "between 3 and 9 Nov", "from the 1st to the 10th", "3-9 November", "Nov 3 to 9". */
const dayRangeRules: ReadonlyArray<{ regex: RegExp; order: 'days-month' | 'month-days' }> = [
  {
    regex: new RegExp(
      String.raw`(?<!\w)(?:between|from)\s+(?:the\s+)?${ordinal}\s+(?:and|to|till|until|through|thru|-|–)\s+(?:the\s+)?${ordinal}(?:\s+(?:of\s+)?(${monthNames})\.?)?(?!\w)`,
      'giu',
    ),
    order: 'days-month',
  },
  {
    regex: new RegExp(
      String.raw`(?<![\w.,])(?:the\s+)?${ordinal}\s*(?:to|till|until|through|thru|-|–)\s*(?:the\s+)?${ordinal}\s+(?:of\s+)?(${monthNames})\.?(?!\w)`,
      'giu',
    ),
    order: 'days-month',
  },
  {
    regex: new RegExp(
      String.raw`(?<!\w)(?:(?:between|from)\s+)?(${monthNames})\.?\s+${ordinal}\s*(?:and|to|till|until|through|thru|-|–)\s*${ordinal}(?![\w.,]?\d|\w)`,
      'giu',
    ),
    order: 'month-days',
  },
];

/** Every period named in `text`, left to right; where phrases overlap the longer one wins. */
export function findPeriodPhrases(text: string, ctx: PeriodContext): PeriodMatch[] {
  const candidates: Array<PeriodMatch & { readonly rank: number }> = [];
  for (const rule of namedRules) {
    for (const match of text.matchAll(rule.regex)) {
      const spec = rule.spec(match, ctx);
      const result = spec.ok ? ok(resolved(spec.value, ctx)) : spec;
      candidates.push({ index: match.index, length: match[0].length, result, rank: 0 });
    }
  }
  for (const match of text.matchAll(monthRule)) {
    const result = wholeMonth(match[1] ?? '', match[2], ctx);
    candidates.push({ index: match.index, length: match[0].length, result, rank: 1 });
  }
  // "since September", "since the start of October", "since last month": from that month's first day to today.
  for (const match of text.matchAll(sinceMonthRule)) {
    const month = match[1] ? wholeMonth(match[1], match[2], ctx) : ok({ from: monthStart(ctx.today, -1) });
    const result: Result<Period, string> = month.ok
      ? ok(resolvePeriod({ kind: 'range', from: month.value.from, to: ctx.today }, ctx.today, ctx.weekStart))
      : month;
    candidates.push({ index: match.index, length: match[0].length, result, rank: 0 });
  }
  for (const match of text.matchAll(partOfMonthRule)) {
    const result = partOfMonth(match, ctx);
    if (result) candidates.push({ index: match.index, length: match[0].length, result, rank: 0 });
  }
  for (const match of text.matchAll(yearRule)) {
    const year = Number(match[1]);
    if (year < 2000 || year > Number(ctx.today.slice(0, 4))) continue;
    const label = match[1] === ctx.today.slice(0, 4) ? 'this year' : `in ${match[1]}`;
    candidates.push({
      index: match.index,
      length: match[0].length,
      result: ok(resolved(yearRange(match[1] ?? '', label), ctx)),
      rank: 1,
    });
  }
  for (const rule of dayRangeRules) {
    for (const match of text.matchAll(rule.regex)) {
      const [first, second, third] = [match[1], match[2], match[3]];
      const [fromDay, toDay, month] = rule.order === 'days-month' ? [first, second, third] : [second, third, first];
      const result = dayRange(Number(fromDay), Number(toDay), month, ctx);
      // A longer rank-0 match wins over the date phrases inside it ("9 Nov" of "between 3 and 9 Nov").
      if (result) candidates.push({ index: match.index, length: match[0].length, result, rank: 0 });
    }
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

/** The first day an "all time" question covers: no expense is dated earlier. */
const allTimeFrom = '2000-01-01';
/** "overall", "all time", "ever", "till date", "since I started": every expense, for a question naming no other period. */
const allTimeRule =
  /(?<!\w)(?:(?:in|for|over|of|from)\s+)?(?:all[\s-]+time|ever|till\s+date|to\s+date|(?:till|until|up\s+(?:till|until|to))\s+now|overall|lifetime|since\s+(?:the\s+)?(?:beginning|start|day\s+one)|since\s+i\s+(?:started|began|joined))(?!\w)/iu;

/** Where `text` asks about all time, or undefined. */
export function findAllTime(text: string, ctx: Pick<ParseContext, 'today'>): PeriodMatch | undefined {
  const match = allTimeRule.exec(text);
  if (!match) return undefined;
  return { index: match.index, length: match[0].length, result: ok(allTimePeriod(ctx.today)) };
}

/** Every expense up to tomorrow (the latest date an expense may have), labelled "so far". */
export function allTimePeriod(today: string): Period {
  return { from: allTimeFrom, to: addDays(today, 1), label: 'so far' };
}

export function isAllTime(period: Period): boolean {
  return period.from === allTimeFrom && period.label === 'so far';
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

function resolved(spec: PeriodSpec | LabelledRange, ctx: PeriodContext): Period {
  if ('label' in spec) return { from: spec.from, to: spec.to, label: spec.label };
  return resolvePeriod(spec, ctx.today, ctx.weekStart);
}

/** The calendar quarter `step` quarters from today's: 0 this one, -1 the last one. */
function quarter(today: string, step: number): LabelledRange {
  const month = Number(today.slice(5, 7));
  const first = monthStart(today, -((month - 1) % 3) + step * 3);
  return {
    kind: 'range',
    from: first,
    to: monthEnd(monthStart(first, 2)),
    label: step === 0 ? 'this quarter' : 'last quarter',
  };
}

/** A calendar year; this year's ends on 31 Dec like "this month" ends on its last day. */
function yearRange(year: string, label: string): LabelledRange {
  return { kind: 'range', from: `${year}-01-01`, to: `${year}-12-31`, label };
}

/** "the weekend": the latest Saturday and Sunday (this one, once Saturday has come); "last weekend" the one before that when today is in a weekend. */
function weekend(today: string, last: boolean): LabelledRange {
  const weekday = weekdayOf(today);
  let saturday = addDays(today, -((weekday - 6 + 7) % 7));
  if (last && weekday >= 6) saturday = addDays(saturday, -7);
  return { kind: 'range', from: saturday, to: addDays(saturday, 1), label: last ? 'last weekend' : 'the weekend' };
}

/** Days `from`..`to` of the named month (the latest one that has started), or of this month when none is named. */
function dayRange(
  from: number,
  to: number,
  monthName: string | undefined,
  ctx: PeriodContext,
): Result<Period, string> | undefined {
  if (from < 1 || from > 31 || to < 1 || to > 31) return undefined;
  if (from > to) return err('The start of that range is after its end.');
  const today = DateTime.fromISO(ctx.today, { zone: 'utc' });
  let start: DateTime;
  if (monthName) {
    const monthNumber = DateTime.fromFormat(monthName.slice(0, 3), 'LLL', { locale: 'en' }).month;
    start = DateTime.fromObject(
      { year: today.year - (monthNumber > today.month ? 1 : 0), month: monthNumber, day: 1 },
      { zone: 'utc' },
    );
  } else {
    start = today.startOf('month');
    if (from > today.day) start = start.minus({ months: 1 });
  }
  const first = start.set({ day: from });
  const last = start.set({ day: to });
  if (first.month !== start.month || last.month !== start.month)
    return err("That date doesn't exist. Try something like 3 to 9 Nov.");
  const fromIso = first.toISODate() as string;
  const toIso = last.toISODate() as string;
  return ok(resolvePeriod({ kind: 'range', from: fromIso, to: toIso }, ctx.today, ctx.weekStart));
}

/** Part of a month: its first or last N days, its first to fourth week (days 1–7 …) or last 7 days, or a half. */
function partOfMonth(match: RegExpExecArray, ctx: PeriodContext): Result<Period, string> | undefined {
  const [, edge, days, ordinal, half, month] = match;
  const first = monthOf((month ?? '').toLowerCase(), ctx);
  const end = monthEnd(first);
  const lastDay = Number(end.slice(8, 10));
  let from = first;
  let to = end;
  if (edge && days) {
    const count = Math.min(countOf(days), lastDay);
    if (edge.toLowerCase() === 'first') to = addDays(first, count - 1);
    else from = addDays(end, -(count - 1));
  } else if (ordinal) {
    const index = ['first', 'second', 'third', 'fourth'].indexOf(ordinal.toLowerCase());
    from = index < 0 ? addDays(end, -6) : addDays(first, index * 7);
    to = index < 0 ? end : addDays(from, 6);
  } else if (half) {
    const middle = addDays(first, 14);
    [from, to] = half.toLowerCase() === 'first' ? [first, middle] : [addDays(middle, 1), end];
  }
  if (from > ctx.today) return err('That part of the month has not started yet.');
  return ok(resolvePeriod({ kind: 'range', from, to }, ctx.today, ctx.weekStart));
}

/** The first day of "this month", "last month" or a named month (the latest one that has started). */
function monthOf(written: string, ctx: PeriodContext): string {
  if (/^(?:this|the)\s+month$/.test(written)) return monthStart(ctx.today);
  if (/^last\s+month$/.test(written)) return monthStart(ctx.today, -1);
  const monthNumber = DateTime.fromFormat(written.slice(0, 3), 'LLL', { locale: 'en' }).month;
  const thisMonth = Number(ctx.today.slice(5, 7));
  return monthStart(ctx.today, monthNumber - thisMonth - (monthNumber > thisMonth ? 12 : 0));
}

function isoWeek(week: string): Result<PeriodSpec, string> {
  return isoWeekPeriod(week) ? ok({ kind: 'iso_week', week }) : err(`${week} is not a week of the calendar.`);
}

/** "in November": this year's, or last year's while this year's has not started. */
function wholeMonth(written: string, yearWritten: string | undefined, ctx: PeriodContext): Result<Period, string> {
  const today = DateTime.fromISO(ctx.today, { zone: 'utc' });
  const name = written.toLowerCase();
  const monthNumber = DateTime.fromFormat(name.slice(0, 3), 'LLL', { locale: 'en' }).month;
  let year = yearWritten ? Number(yearWritten) : today.year;
  if (!yearWritten && monthNumber > today.month) year -= 1;
  const start = DateTime.fromObject({ year, month: monthNumber, day: 1 }, { zone: 'utc' });
  if (!start.isValid || (start.toISODate() as string) > ctx.today) {
    return err(`${start.isValid ? start.toFormat('LLLL yyyy') : name} has not started yet.`);
  }
  // Labelled by name, so a reply reads "in October (1 Oct – 31 Oct)" and "No expenses in October".
  const label = `in ${start.setLocale('en').toFormat(start.year === today.year ? 'LLLL' : 'LLLL yyyy')}`;
  return ok({ from: start.toISODate() as string, to: start.endOf('month').toISODate() as string, label });
}
