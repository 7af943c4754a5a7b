/** Finds a date phrase in a message ("yesterday", "last friday", "12 Nov", "12/11") and resolves it to an ISO date. */
import { DateTime } from 'luxon';
import { addDays } from '../time/period.ts';

export interface DateContext {
  /** "YYYY-MM-DD" in the user's zone. */
  readonly today: string;
  readonly locale: string;
}

export interface DateMatch {
  /** The resolved date, or why the phrase cannot be accepted. */
  readonly result: { ok: true; date: string } | { ok: false; message: string };
  /** Where the phrase stands in the text, so the caller can cut it out. */
  readonly index: number;
  readonly length: number;
}

const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const weekdayPattern =
  '(mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)';
const monthPattern =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** Locales that write the month first in numeric dates. */
const monthFirstLocales = new Set(['en-US', 'es-US', 'en-PH', 'en-FM']);

type Resolver = (match: RegExpExecArray, ctx: DateContext) => DateMatch['result'];

const patterns: ReadonlyArray<{ regex: RegExp; resolve: Resolver }> = [
  {
    regex: /\b(?:on\s+)?(\d{4})-(\d{2})-(\d{2})\b/i,
    resolve: (m, ctx) => explicit(ctx, Number(m[1]), Number(m[2]), Number(m[3])),
  },
  { regex: /\bday before yesterday\b/i, resolve: (_m, ctx) => ({ ok: true, date: addDays(ctx.today, -2) }) },
  { regex: /\byesterday\b/i, resolve: (_m, ctx) => ({ ok: true, date: addDays(ctx.today, -1) }) },
  {
    regex: /\b(?:today|tonight|this (?:morning|afternoon|evening))\b/i,
    resolve: (_m, ctx) => ({ ok: true, date: ctx.today }),
  },
  {
    regex: /\b(\d{1,3}|a|one|two|three|four|five|six|seven) (days?|weeks?) ago\b/i,
    resolve: (m, ctx) => {
      const count = wordNumber(m[1] ?? '1');
      const days = (m[2] ?? '').toLowerCase().startsWith('week') ? count * 7 : count;
      return { ok: true, date: addDays(ctx.today, -days) };
    },
  },
  {
    regex: new RegExp(`\\blast ${weekdayPattern}\\b`, 'i'),
    resolve: (m, ctx) => ({ ok: true, date: previousWeekday(ctx.today, m[1] ?? '', false) }),
  },
  {
    regex: new RegExp(
      `\\b(?:on\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${monthPattern}\\.?(?:,?\\s+(\\d{4}))?\\b`,
      'i',
    ),
    resolve: (m, ctx) => dayMonth(ctx, Number(m[1]), monthNumber(m[2] ?? ''), m[3] ? Number(m[3]) : undefined),
  },
  {
    regex: new RegExp(`\\b(?:on\\s+)?${monthPattern}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'i'),
    resolve: (m, ctx) => dayMonth(ctx, Number(m[2]), monthNumber(m[1] ?? ''), m[3] ? Number(m[3]) : undefined),
  },
  {
    // "12/11", "12-11", "12/11/2026", "12.11.2026"; a dot only with a year, since "3.50" is an amount.
    regex:
      /(?<![\d.,₹$€£¥])\b(?:on\s+)?(\d{1,2})(?:([/-])(\d{1,2})(?:\2(\d{4}|\d{2}))?|\.(\d{1,2})\.(\d{4}))\b(?![.,]\d)/,
    resolve: (m, ctx) => {
      const [first, second] = [Number(m[1]), Number(m[3] ?? m[5])];
      const [day, month] = monthFirstLocales.has(ctx.locale) ? [second, first] : [first, second];
      const yearText = m[4] ?? m[6];
      const year = yearText ? Number(yearText.length === 2 ? `20${yearText}` : yearText) : undefined;
      return dayMonth(ctx, day, month, year);
    },
  },
  // A weekday: with "on" any form; alone only the full name, since "sat" or "sun" are also words.
  {
    regex: new RegExp(`\\bon\\s+${weekdayPattern}\\b`, 'i'),
    resolve: (m, ctx) => ({ ok: true, date: previousWeekday(ctx.today, m[1] ?? '', true) }),
  },
  {
    regex: /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i,
    resolve: (m, ctx) => ({ ok: true, date: previousWeekday(ctx.today, m[1] ?? '', true) }),
  },
];

/** The first date phrase in `text`, or undefined when there is none. */
export function findDatePhrase(text: string, ctx: DateContext): DateMatch | undefined {
  let best: DateMatch | undefined;
  for (const { regex, resolve } of patterns) {
    const match = regex.exec(text);
    if (match && (best === undefined || match.index < best.index)) {
      best = { result: resolve(match, ctx), index: match.index, length: match[0].length };
    }
  }
  return best;
}

function explicit(ctx: DateContext, year: number, month: number, day: number): DateMatch['result'] {
  const date = DateTime.fromObject({ year, month, day }, { zone: 'utc' });
  if (!date.isValid) return { ok: false, message: "That date doesn't exist. Try something like 12 Nov or 2026-11-20." };
  const iso = date.toISODate() as string;
  if (iso > addDays(ctx.today, 1))
    return { ok: false, message: `${iso} is in the future. I can only record spending that has happened.` };
  return { ok: true, date: iso };
}

/** Without a year: this year, or last year when this year's date is still ahead (in January, "28 Dec" is last year's). */
function dayMonth(ctx: DateContext, day: number, month: number, year?: number): DateMatch['result'] {
  if (year !== undefined) return explicit(ctx, year, month, day);
  const thisYear = Number(ctx.today.slice(0, 4));
  const candidate = DateTime.fromObject({ year: thisYear, month, day }, { zone: 'utc' });
  if (!candidate.isValid)
    return { ok: false, message: "That date doesn't exist. Try something like 12 Nov or 2026-11-20." };
  const iso = candidate.toISODate() as string;
  return iso > addDays(ctx.today, 1) ? explicit(ctx, thisYear - 1, month, day) : { ok: true, date: iso };
}

/** The most recent such weekday; with `includeToday`, today counts. */
function previousWeekday(today: string, name: string, includeToday: boolean): string {
  const target = weekdays.findIndex((day) => day.startsWith(name.toLowerCase().slice(0, 3))) + 1;
  const weekday = DateTime.fromISO(today, { zone: 'utc' }).weekday;
  let back = (weekday - target + 7) % 7;
  if (back === 0 && !includeToday) back = 7;
  return addDays(today, -back);
}

function monthNumber(name: string): number {
  const short = name.slice(0, 1).toUpperCase() + name.slice(1, 3).toLowerCase();
  return DateTime.fromFormat(short, 'LLL', { locale: 'en' }).month;
}

function wordNumber(word: string): number {
  const words: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
  return words[word.toLowerCase()] ?? Number(word);
}
