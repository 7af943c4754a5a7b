/** A calendar month named "2026-11": its period, and its name in words. */
import { DateTime } from 'luxon';
import { monthEnd } from '../time/calendar-date.ts';
import type { Period } from '../time/period.ts';

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(text: string): boolean {
  return monthPattern.test(text);
}

/** "2026-11" → 1–30 November 2026, labelled "November 2026"; undefined when `month` is no month. */
export function monthPeriod(month: string): Period | undefined {
  if (!monthPattern.test(month)) return undefined;
  const from = `${month}-01`;
  return { from, to: monthEnd(from), label: monthLabel(month) };
}

export function monthLabel(month: string): string {
  return DateTime.fromISO(`${month}-01`, { zone: 'utc' }).setLocale('en').toFormat('LLLL yyyy');
}

/** The month holding an ISO date: "2026-11-20" → "2026-11". */
export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}
