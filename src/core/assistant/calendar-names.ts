/** Month and weekday names as Intl writes them in a locale and in English, for telling "30 Nov" from an amount. */

export interface CalendarNames {
  /** A regex alternation of every month name, long and short, longest first. */
  readonly months: string;
  /** The same for weekday names. */
  readonly weekdays: string;
}

const cache = new Map<string, CalendarNames>();

export function calendarNames(locale: string): CalendarNames {
  let names = cache.get(locale);
  if (!names) {
    const tags = [...new Set([locale, 'en'])];
    // The 15th of each month of 2026, and 2026-11-02 onwards for Monday to Sunday.
    const months = Array.from({ length: 12 }, (_, month) => new Date(Date.UTC(2026, month, 15)));
    const weekdays = Array.from({ length: 7 }, (_, day) => new Date(Date.UTC(2026, 10, 2 + day)));
    names = {
      months: alternation(tags, months, 'month', [{ day: 'numeric' }]),
      weekdays: alternation(tags, weekdays, 'weekday', [{ day: 'numeric', month: 'long' }]),
    };
    cache.set(locale, names);
  }
  return names;
}

/**
 * Every long and short name of `field` for `dates`, alone and inside a fuller date: some languages inflect a month
 * next to a day ("ноября" beside "ноябрь").
 */
function alternation(
  tags: ReadonlyArray<string>,
  dates: ReadonlyArray<Date>,
  field: 'month' | 'weekday',
  contexts: ReadonlyArray<Intl.DateTimeFormatOptions>,
): string {
  const found = new Set<string>();
  for (const tag of tags) {
    for (const width of ['long', 'short'] as const) {
      for (const context of [{}, ...contexts]) {
        const format = new Intl.DateTimeFormat(tag, { ...context, [field]: width, timeZone: 'UTC' });
        for (const date of dates) {
          const name = format.formatToParts(date).find((part) => part.type === field)?.value;
          // Names made of digits ("11月") would hide the number itself; a trailing dot is matched separately.
          const plain = name?.replace(/\.$/, '').toLowerCase();
          if (plain && plain.length >= 3 && !/\p{N}/u.test(plain)) found.add(plain);
        }
      }
    }
  }
  // English "Sept" is missing from Intl's en data but common in text.
  if (field === 'month') found.add('sept');
  return [...found]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
