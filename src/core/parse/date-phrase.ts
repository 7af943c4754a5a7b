/** Finds date phrases in a message ("yesterday", "last friday", "12 Nov", "12/11") and resolves them to ISO dates. */
import { DateTime } from 'luxon';
import { err, ok, type Result } from '../result.ts';
import { addDays, weekdayOf } from '../time/calendar-date.ts';
import { countOf, countWordPattern } from './count-words.ts';
import { monthComesFirst } from './month-first.ts';
import type { Found } from './text-tools.ts';
import { weekdayNumber, weekdayPattern } from './weekday.ts';

export interface DateContext {
  /** "YYYY-MM-DD" in the user's zone. */
  readonly today: string;
  readonly locale: string;
}

export type DateMatch = Found<string>;

/** What a rule makes of its match; `length` when only the start of the match is the date ("12 Nov" of "12 Nov 2000"). */
interface Resolved {
  readonly result: Result<string, string>;
  readonly length?: number;
  /** "21.11." is a date only beside another number (the amount); alone, "4.10." is more likely €4.10. */
  readonly needsOtherNumber?: boolean;
  /** Not a date after all ("zone 1-2"). */
  readonly skip?: boolean;
}

interface Rule {
  readonly regex: RegExp;
  readonly resolve: (match: RegExpExecArray, ctx: DateContext) => Resolved;
}

const month =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const on = String.raw`(?:on\s+)?`;
/** Years further back than this, written after a day and month, are more likely an amount: "12 Nov 2000 rent". */
const plausibleYearsBack = 20;

const rules: ReadonlyArray<Rule> = [
  {
    regex: new RegExp(String.raw`(?<![\w.,/-])${on}(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?![\w/-]|[.,]\d)`, 'giu'),
    resolve: (m, ctx) => ({ result: explicitDate(ctx, `${m[1]}-${m[3]}-${m[4]}`, 'yyyy-M-d') }),
  },
  {
    // "12/11", "12-11", "12/11/2026", "12.11.2026", "12.11." (dots need a year or a closing dot: "3.50" is an amount).
    regex: new RegExp(
      String.raw`(?<![\w.,₹$€£¥/-])${on}(\d{1,2})(?:([/-])(\d{1,2})(?:\2(\d{4}|\d{2}))?|\.(\d{1,2})\.(\d{4})?)(?![\w/-]|[.,]\d)`,
      'giu',
    ),
    resolve: (m, ctx) => {
      const [first, second] = [m[1] ?? '', m[3] ?? m[5] ?? ''];
      const [day, monthNumber] = monthComesFirst(ctx.locale) ? [second, first] : [first, second];
      const year = m[4] ?? m[6];
      const result = dayAndMonth(ctx, day, monthNumber, year && year.length === 2 ? `20${year}` : year);
      // "1-2" without a year is a range ("zone 1-2"), not a date; "21-11" is a date.
      const skip = m[2] === '-' && year === undefined && first.length === 1 && second.length === 1;
      return { result, skip, needsOtherNumber: m[5] !== undefined && m[6] === undefined };
    },
  },
  {
    regex: new RegExp(
      String.raw`(?<!\w)${on}(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:of\s+)?|-)${month}\.?(?:[,\s-]\s*(\d{4}))?(?![\w.,]?\d|\w)`,
      'giu',
    ),
    resolve: (m, ctx) => withYear(m, ctx, m[1] ?? '', monthNumberOf(m[2] ?? ''), m[3]),
  },
  {
    regex: new RegExp(
      String.raw`(?<!\w)${on}${month}\.?\s*(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?![\w.,]?\d|\w)`,
      'giu',
    ),
    resolve: (m, ctx) => withYear(m, ctx, m[2] ?? '', monthNumberOf(m[1] ?? ''), m[3]),
  },
  {
    // "on 14th", "on the 3rd", "the 21st": the latest such day not after tomorrow.
    regex: /(?<!\w)(?:on\s+(?:the\s+)?|the\s+)(\d{1,2})(?:st|nd|rd|th)(?!\w)/giu,
    resolve: (m, ctx) => ({ result: dayOfRecentMonth(ctx, Number(m[1])) }),
  },
  {
    regex: /(?<!\w)(?:on\s+)?(?:the\s+)?day\s+(?:before|b4)\s+(?:yesterday|yest|yday|ystd)(?!\w)/giu,
    resolve: (_m, ctx) => ({ result: ok(addDays(ctx.today, -2)) }),
  },
  {
    regex:
      /(?<!\w)(?:yesterday|yesterdy|yesteday|yesturday|ystrdy|ystday|yday|yest|ystd|ysterday|last\s+night|last\s+nite|kal\s+raat|kal)(?!\w)/giu,
    resolve: (_m, ctx) => ({ result: ok(addDays(ctx.today, -1)) }),
  },
  {
    regex: /(?<!\w)(?:today|tday|tonight|tonite|earlier\s+today|this\s+(?:morning|afternoon|evening|arvo))(?!\w)/giu,
    resolve: (_m, ctx) => ({ result: ok(ctx.today) }),
  },
  {
    regex: /(?<!\w)tomorrow(?!\w)/giu,
    resolve: () => ({ result: err('Tomorrow has not happened yet. I can only record spending that has happened.') }),
  },
  {
    regex: new RegExp(
      String.raw`(?<!\w)(\d{1,3}|${countWordPattern(true)})\s+(days?|weeks?)\s+(?:ago|back)(?!\w)`,
      'giu',
    ),
    resolve: (m, ctx) => {
      const word = (m[1] ?? '').toLowerCase();
      const count = countOf(word);
      const days = (m[2] ?? '').toLowerCase().startsWith('week') ? count * 7 : count;
      return { result: ok(addDays(ctx.today, -days)) };
    },
  },
  {
    regex: new RegExp(String.raw`(?<!\w)${on}last\s+(${weekdayPattern})(?!\w)`, 'giu'),
    resolve: (m, ctx) => ({ result: ok(recentWeekday(ctx.today, m[1] ?? '', false)) }),
  },
  // A weekday: after "on" or "this" any spelling; alone only the full name, since "sat" and "sun" are also words.
  {
    regex: new RegExp(String.raw`(?<!\w)(?:on\s+(?:this\s+)?|this\s+)(${weekdayPattern})(?!\w)`, 'giu'),
    resolve: (m, ctx) => ({ result: ok(recentWeekday(ctx.today, m[1] ?? '', true)) }),
  },
  {
    // Short names that are no English words stand alone too: "tues auto 80", "fri cab 260".
    regex: /(?<!\w)(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues?|thu|thur|thurs|fri)(?!\w)/giu,
    resolve: (m, ctx) => ({ result: ok(recentWeekday(ctx.today, m[1] ?? '', true)) }),
  },
];

/** Every date phrase in `text`, left to right; where phrases overlap the longer one wins. */
export function findDatePhrases(text: string, ctx: DateContext): DateMatch[] {
  const candidates: DateMatch[] = [];
  for (const rule of rules) {
    for (const match of text.matchAll(rule.regex)) {
      const resolved = rule.resolve(match, ctx);
      if (resolved.skip) continue;
      if (resolved.needsOtherNumber) {
        const others = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
        if (!resolved.result.ok || !/\d/.test(others)) continue;
      }
      candidates.push({ index: match.index, length: resolved.length ?? match[0].length, result: resolved.result });
    }
  }
  candidates.sort((a, b) => a.index - b.index || b.length - a.length);
  const chosen: DateMatch[] = [];
  let end = 0;
  for (const candidate of candidates) {
    if (candidate.index < end) continue;
    chosen.push(candidate);
    end = candidate.index + candidate.length;
  }
  return chosen;
}

/** The first date phrase in `text`, or undefined when there is none. */
export function findDatePhrase(text: string, ctx: DateContext): DateMatch | undefined {
  return findDatePhrases(text, ctx)[0];
}

/** The date when all of `text` is one date phrase ("yesterday", "on 12 Nov"), else undefined. */
export function parseDatePhrase(text: string, ctx: DateContext): Result<string, string> | undefined {
  const trimmed = text.trim();
  const found = findDatePhrase(trimmed, ctx);
  return found && found.index === 0 && found.length === trimmed.length ? found.result : undefined;
}

/** A written year counts only when plausible; otherwise the phrase ends before it and the number stays. */
function withYear(
  m: RegExpExecArray,
  ctx: DateContext,
  day: string,
  monthNumber: string,
  year: string | undefined,
): Resolved {
  const thisYear = Number(ctx.today.slice(0, 4));
  if (year === undefined || (Number(year) >= thisYear - plausibleYearsBack && Number(year) <= thisYear + 1)) {
    return { result: dayAndMonth(ctx, day, monthNumber, year) };
  }
  return { result: dayAndMonth(ctx, day, monthNumber, undefined), length: m[0].search(/,?\s+\d{4}$/) };
}

/**
 * Without a year: the nearest such date ("28 Dec" in January is last December's). A nearest date more than a
 * day ahead is refused, never moved a year back: "3 Dec" written on 25 Nov is not last year's.
 */
function dayAndMonth(
  ctx: DateContext,
  day: string,
  monthNumber: string,
  year: string | undefined,
): Result<string, string> {
  if (year !== undefined) return explicitDate(ctx, `${year}-${monthNumber}-${day}`, 'yyyy-M-d');
  const today = DateTime.fromISO(ctx.today, { zone: 'utc' });
  let nearest: DateTime | undefined;
  for (const offset of [-1, 0, 1]) {
    const date = DateTime.fromFormat(`${today.year + offset}-${monthNumber}-${day}`, 'yyyy-M-d', { zone: 'utc' });
    if (!date.isValid) continue;
    if (!nearest || Math.abs(date.diff(today, 'days').days) < Math.abs(nearest.diff(today, 'days').days))
      nearest = date;
  }
  if (!nearest) return err("That date doesn't exist. Try something like 12 Nov or 2026-11-20.");
  return explicitDate(ctx, nearest.toISODate() as string, 'yyyy-MM-dd');
}

function explicitDate(ctx: DateContext, text: string, format: string): Result<string, string> {
  const date = DateTime.fromFormat(text, format, { zone: 'utc' });
  if (!date.isValid) return err("That date doesn't exist. Try something like 12 Nov or 2026-11-20.");
  const iso = date.toISODate() as string;
  if (iso < '2000-01-01')
    return err('That date is before 2000. Write the day it was spent, like 12 Nov or 2026-11-20.');
  if (iso > addDays(ctx.today, 1)) {
    const shown = date.setLocale('en').toFormat('d LLL yyyy');
    return err(`${shown} is in the future. I can only record spending that has already happened.`);
  }
  return ok(iso);
}

/** "the 12th": this month's, or the latest earlier month's when this month's is ahead or does not exist. */
function dayOfRecentMonth(ctx: DateContext, day: number): Result<string, string> {
  const today = DateTime.fromISO(ctx.today, { zone: 'utc' });
  for (let back = 0; back < 3; back++) {
    const start = today.minus({ months: back }).startOf('month');
    const date = DateTime.fromObject({ year: start.year, month: start.month, day }, { zone: 'utc' });
    if (date.isValid && (date.toISODate() as string) <= addDays(ctx.today, 1)) return ok(date.toISODate() as string);
  }
  return err("That date doesn't exist. Try something like 12 Nov or 2026-11-20.");
}

/** The most recent such weekday; with `includeToday`, today counts. */
function recentWeekday(today: string, name: string, includeToday: boolean): string {
  const target = weekdayNumber(name) ?? 1;
  const weekday = weekdayOf(today);
  let back = (weekday - target + 7) % 7;
  if (back === 0 && !includeToday) back = 7;
  return addDays(today, -back);
}

/** "nov", "November", "Sept" → "11". */
function monthNumberOf(name: string): string {
  return String(DateTime.fromFormat(name.slice(0, 3), 'LLL', { locale: 'en' }).month);
}
