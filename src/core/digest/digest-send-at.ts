/** When digests go out: a weekday and a local time such as "MON 09:00", the default and a per-user choice. */
import { weekdayNumber } from '../parse/weekday.ts';
import type { Weekday } from '../time/period.ts';

export interface DigestSendAt {
  /** ISO weekday: Monday = 1 … Sunday = 7. */
  readonly weekday: Weekday;
  readonly hour: number;
  readonly minute: number;
}

export const defaultDigestSendAt: DigestSendAt = { weekday: 1, hour: 9, minute: 0 };

const weekdays = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];
const clock = String.raw`(\d{1,2})(?:[:.](\d{2}))?\s*([ap]\.?m\.?)?`;
const dayThenTime = new RegExp(String.raw`^([a-z]+)\s+(?:at\s+)?${clock}$`, 'i');
const timeThenDay = new RegExp(String.raw`^${clock}\s+(?:on\s+)?([a-z]+)$`, 'i');

/**
 * "MON 09:00", "sunday 18:30", "Fridays at 7pm", "9:30am on monday" → DigestSendAt; undefined when it is not
 * a weekday and a time. A bare hour without am/pm ("sun 6") is refused: it could mean either.
 */
export function parseDigestSendAt(text: string): DigestSendAt | undefined {
  const spaced = text.trim().replace(/\s+/g, ' ');
  const dayFirst = dayThenTime.exec(spaced);
  if (dayFirst) return sendAt(dayFirst[1], dayFirst[2], dayFirst[3], dayFirst[4]);
  const timeFirst = timeThenDay.exec(spaced);
  if (timeFirst) return sendAt(timeFirst[4], timeFirst[1], timeFirst[2], timeFirst[3]);
  return undefined;
}

function sendAt(
  dayName = '',
  hourText = '',
  minuteText: string | undefined,
  meridiem: string | undefined,
): DigestSendAt | undefined {
  // "sundays" as well as "sunday".
  const weekday = weekdayNumber(dayName) ?? weekdayNumber(dayName.replace(/s$/i, ''));
  if (weekday === undefined || (minuteText === undefined && meridiem === undefined)) return undefined;
  const minute = Number(minuteText ?? 0);
  let hour = Number(hourText);
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem.toLowerCase().startsWith('p') ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  return { weekday, hour, minute };
}

/** DigestSendAt → "MON 09:00". */
export function formatDigestSendAt(sendAt: DigestSendAt): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${weekdays[sendAt.weekday - 1]} ${pad(sendAt.hour)}:${pad(sendAt.minute)}`;
}
