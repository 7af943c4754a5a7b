/** File names finbot gives its exports and reports: what they hold and when, in a name safe on every system. */
import type { Period } from '../core/time/period.ts';

/** "finbot-expenses-2026-11.csv" for a whole month, "finbot-expenses-2026-11-01-to-2026-11-15.csv" otherwise. */
export function exportFileName(period: Period, extension: string): string {
  return `finbot-expenses-${periodSlug(period)}.${extension}`;
}

/** "finbot-report-2026-11.pdf". */
export function reportFileName(month: string, extension: string): string {
  return `finbot-report-${month}.${extension}`;
}

function periodSlug(period: Period): string {
  const month = period.from.slice(0, 7);
  const wholeMonth = period.from === `${month}-01` && period.to.slice(0, 7) === month && isLastDay(period.to);
  return wholeMonth ? month : `${period.from}-to-${period.to}`;
}

function isLastDay(isoDate: string): boolean {
  const next = new Date(`${isoDate}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.getUTCDate() === 1;
}
