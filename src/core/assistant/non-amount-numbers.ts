/**
 * Where a text writes numbers that are clearly not money: dates ("2026-11-30", "30 Nov", "Mon 30th"), years next
 * to a month, ISO and numbered weeks, percentages, times of day, expense numbers ("#12"), ordinals and list markers.
 */
import { calendarNames } from './calendar-names.ts';

/** A half-open range of character positions. */
export type Span = readonly [start: number, end: number];

interface Form {
  readonly pattern: RegExp;
  /** Whether the numbers the match captured are in range (a day 1–31, a week 1–53 …). */
  readonly fits: (groups: Readonly<Record<string, string | undefined>>, before: string) => boolean;
}

const gap = String.raw`[ \u00a0\u202f]`;
/** Not in the middle of a word or a number. */
const start = String.raw`(?<![\p{L}\p{N}])`;
/** No more digits after, not even past a separator: "30 Nov" must not be the start of "30,000". */
const end = String.raw`(?!\p{N}|[.,'\u2019\u00a0\u202f]\p{N})`;
const ordinal = String.raw`(?:st|nd|rd|th|er|e|\.)?`;
/** Years a reply may name: a regex rather than a range check, so "8 Mar, 1000 expenses" still finds "8 Mar". */
const year = String.raw`(?:19|20|21)\d{2}`;
const amountLike = String.raw`\d{1,3}(?:[,.\u00a0\u202f'\u2019]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
const timeMarker = String.raw`am|pm|a\.m\.|p\.m\.|uhr|uur|o['\u2019]clock`;
const isoTime = String.raw`(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;

const cache = new Map<string, ReadonlyArray<Form>>();

/** The spans of `text` (digits already ASCII) that hold a date, week, percentage, time, #number or list marker. */
export function nonAmountSpans(text: string, locale: string): Span[] {
  const spans: Span[] = [];
  for (const form of formsFor(locale)) {
    for (const match of text.matchAll(form.pattern)) {
      if (form.fits(match.groups ?? {}, text.slice(0, match.index))) {
        spans.push([match.index, match.index + match[0].length]);
      }
    }
  }
  return spans;
}

function formsFor(locale: string): ReadonlyArray<Form> {
  let forms = cache.get(locale);
  if (forms) return forms;
  const { months, weekdays } = calendarNames(locale);
  const month = String.raw`(?:${months})\.?(?!\p{L})`;
  const rangeWord = String.raw`(?:${gap}*(?:[-\u2013\u2014]|to|till|until|bis|au|tot)${gap}*(?<day2>\d{1,2})${ordinal})`;
  const form = (source: string, fits: Form['fits'] = inRange): Form => ({ pattern: new RegExp(source, 'giu'), fits });
  forms = [
    // 30 Nov, 30th of November 2026, 23–29 Nov, 30. November, 30 de noviembre de 2026
    form(
      String.raw`${start}(?<day>\d{1,2})${ordinal}${rangeWord}?${gap}+(?:of${gap}+|de${gap}+)?${month}(?:,?${gap}+(?:de${gap}+)?(?<year>${year})${end})?`,
    ),
    // Nov 30, November 30th, 2026, Nov 23–29
    form(
      String.raw`${start}${month},?${gap}+(?:the${gap}+)?(?<day>\d{1,2})(?:st|nd|rd|th)?(?:${gap}*[-\u2013\u2014]${gap}*(?<day2>\d{1,2})(?:st|nd|rd|th)?)?${end}(?:,?${gap}+(?<year>${year})${end})?`,
    ),
    // November 2026
    form(`${start}${month},?${gap}+(?<year>${year})${end}`),
    // Monday 30, Mon, 30th, Monday the 30th
    form(
      String.raw`${start}(?:${weekdays})\.?(?!\p{L}),?${gap}+(?:the${gap}+|den${gap}+|le${gap}+)?(?<day>\d{1,2})${ordinal}${end}`,
    ),
    // 2026-11-30, 2026/11/30, 2026-11-30T10:00Z, 2026-11
    form(String.raw`${start}(?<year>${year})(?<sep>[-/.])(?<month>\d{1,2})\k<sep>(?<day>\d{1,2})${isoTime}${end}`),
    form(String.raw`${start}(?<year>${year})-(?<month>\d{2})${end}`),
    // 30/11/2026, 11/30/26, 30.11.2026, 30-11-2026, and 30/11 without a year
    form(String.raw`${start}(?<first>\d{1,2})(?<sep>[-/.])(?<second>\d{1,2})\k<sep>(?<year>${year}|\d{2})${end}`),
    form(String.raw`${start}(?<first>\d{1,2})\/(?<second>\d{1,2})(?!\/)${end}`),
    // 2026-W48, 2026W48
    form(String.raw`${start}(?<year>${year})-?W(?<week>\d{1,2})(?:-\d)?${end}`),
    // week 48, W48, wk 48, KW 48, semaine 48 — but not "this week 37", where the number is something else
    form(
      String.raw`${start}(?:week|wk|kw|kalenderwoche|woche|semaine|semana|w)\.?${gap}?(?:no\.?${gap}?)?(?<week>\d{1,2})${end}`,
      (groups, before) => inRange(groups) && !/(?:this|last|next|per|a|every|each|that|one)\s*$/i.test(before),
    ),
    // 12%, 12 %, 12.5 percent, 12 Prozent
    form(
      String.raw`(?<!\p{N}|\p{N}[.,])(?:${amountLike})${gap}?(?:%|\u2030|percent|per${gap}cent|prozent|pour${gap}cent|procent|por${gap}ciento)(?!\p{L})`,
    ),
    // 14:30, 2:30 pm, 14h30, 2 pm, 14 Uhr, 14.30 Uhr
    form(String.raw`${start}(?<hour>\d{1,2})[:h](?<minute>\d{2})(?::\d{2})?(?:${gap}?(?:${timeMarker}))?${end}`),
    form(String.raw`${start}(?<hour>\d{1,2})(?:[.:](?<minute>\d{2}))?${gap}?(?:${timeMarker})(?!\p{L})`),
    // #12, # 12, №12
    form(String.raw`[#\u2116]${gap}?\d+${end}`),
    // 1st, 22nd, 3rd, 11th: a date or a rank
    form(String.raw`${start}(?<ordinal>\d{1,3})(?<suffix>st|nd|rd|th)(?!\p{L})`, properOrdinal),
    // "1. " or "2) " opening a line: a list, not an amount
    form(String.raw`(?<=^|\n)[ \t]*\d{1,2}[.)](?=[ \t]+\S)`),
  ];
  cache.set(locale, forms);
  return forms;
}

function inRange(groups: Readonly<Record<string, string | undefined>>): boolean {
  const value = (name: string) => (groups[name] === undefined ? undefined : Number(groups[name]));
  const within = (name: string, low: number, high: number) => {
    const number = value(name);
    return number === undefined || (number >= low && number <= high);
  };
  const first = value('first');
  const second = value('second');
  // Day and month in either order: 30/11 and 11/30 are both dates.
  const dayAndMonth =
    first === undefined ||
    second === undefined ||
    (first >= 1 && second >= 1 && ((first <= 31 && second <= 12) || (first <= 12 && second <= 31)));
  return (
    dayAndMonth &&
    within('day', 1, 31) &&
    within('day2', 1, 31) &&
    within('month', 1, 12) &&
    within('week', 1, 53) &&
    within('hour', 0, 24) &&
    within('minute', 0, 59)
  );
}

function properOrdinal(groups: Readonly<Record<string, string | undefined>>): boolean {
  const number = Number(groups.ordinal);
  const suffix = groups.suffix?.toLowerCase();
  const teen = number % 100 >= 11 && number % 100 <= 13;
  const expected = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[number % 10] ?? 'th');
  return suffix === expected;
}
