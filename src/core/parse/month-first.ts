/** Whether a locale writes numeric dates month first ("11/12" is 12 Nov in en-US, 11 Dec in en-IN). */

const cache = new Map<string, boolean>();

/**
 * Asks the runtime's locale data how the locale orders a numeric day and month, so en-US, en-PH or ja-JP
 * read month first and en-IN, en-GB or de-DE day first. An unknown or malformed locale reads day first.
 */
export function monthComesFirst(locale: string): boolean {
  let answer = cache.get(locale);
  if (answer === undefined) {
    answer = false;
    try {
      if (Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0) {
        const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric' }).formatToParts(
          new Date(Date.UTC(2026, 10, 12)),
        );
        const types = parts.map((part) => part.type);
        answer = types.indexOf('month') < types.indexOf('day');
      }
    } catch {
      // A malformed tag: keep day first, the more common order.
    }
    if (cache.size < 1000) cache.set(locale, answer);
  }
  return answer;
}
