/** When digests go out: a weekday and a local time such as "MON 09:00", the default and a per-user choice. */
import type { Weekday } from '../time/period.ts';

export interface DigestSendAt {
  /** ISO weekday: Monday = 1 … Sunday = 7. */
  readonly weekday: Weekday;
  readonly hour: number;
  readonly minute: number;
}

export const defaultDigestSendAt: DigestSendAt = { weekday: 1, hour: 9, minute: 0 };

const weekdays = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

/** "MON 09:00", "sun 18:30", "Friday 7:05" → DigestSendAt; undefined when it is not that shape. */
export function parseDigestSendAt(text: string): DigestSendAt | undefined {
  const match = /^([a-z]{3})[a-z]*\s+(\d{1,2}):(\d{2})$/i.exec(text.trim());
  if (!match) return undefined;
  const index = weekdays.indexOf((match[1] ?? '').toUpperCase());
  const hour = Number(match[2]);
  const minute = Number(match[3]);
  if (index < 0 || hour > 23 || minute > 59) return undefined;
  return { weekday: (index + 1) as Weekday, hour, minute };
}

/** DigestSendAt → "MON 09:00". */
export function formatDigestSendAt(sendAt: DigestSendAt): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${weekdays[sendAt.weekday - 1]} ${pad(sendAt.hour)}:${pad(sendAt.minute)}`;
}
