/** When an occurrence is due: at 09:00 on its day in the user's zone, a time no daylight-saving change skips or repeats. */
import { DateTime } from 'luxon';
import { addDays } from '../time/calendar-date.ts';

/** The local hour an occurrence is recorded and its message sent: the morning of its day, not midnight. */
export const occurrenceHour = 9;

/** The last local date whose occurrences are due at `now` in `timeZone`: today from 09:00, yesterday before. */
export function dueThrough(now: Date, timeZone: string): string {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  const today = local.toISODate() ?? DateTime.fromJSDate(now, { zone: 'utc' }).toISODate() ?? '';
  return local.hour >= occurrenceHour ? today : addDays(today, -1);
}
