/**
 * The stats API's path and query values, checked before they reach the database: a user id is at most the
 * column's 128 characters and has no control characters (PostgreSQL refuses a NUL in text), and weeks and
 * dates lie in years the ledger can hold (PostgreSQL has no year 0, ISO strings stop at 9999).
 */
import { isoWeekPeriod, parseIsoDate } from '../core/time/period.ts';

export const maxUserIdLength = 128;
export const firstYear = 2000;
export const lastYear = 2100;

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const yearsText = `${firstYear}–${lastYear}`;

/** The path segment holding the user id, still URL-encoded. */
export function checkUserId(encoded: string): Checked<string> {
  let id: string;
  try {
    id = decodeURIComponent(encoded);
  } catch {
    return { ok: false, error: 'the user id is not correctly URL-encoded' };
  }
  if (id.length === 0 || id.length > maxUserIdLength) {
    return { ok: false, error: `the user id must be 1 to ${maxUserIdLength} characters` };
  }
  if (/\p{Cc}/u.test(id)) return { ok: false, error: 'the user id contains control characters' };
  return { ok: true, value: id };
}

/** An ISO week such as 2026-W47 that exists (W53 only in long years), in a year the ledger holds. */
export function checkWeek(week: string): Checked<string> {
  const period = /^\d{4}-W\d{2}$/i.test(week) ? isoWeekPeriod(week) : undefined;
  if (!period) return { ok: false, error: `week "${week}" is not an ISO week like 2026-W47` };
  const year = Number(week.slice(0, 4));
  if (year < firstYear || year > lastYear)
    return { ok: false, error: `week "${week}" is not in the years ${yearsText}` };
  return { ok: true, value: week.toUpperCase() };
}

/** A calendar date such as 2026-11-01 in a year the ledger holds; `name` is the query parameter's. */
export function checkDate(name: string, text: string): Checked<string> {
  if (!parseIsoDate(text)) return { ok: false, error: `${name} "${text}" is not a date like 2026-11-01` };
  const year = Number(text.slice(0, 4));
  if (year < firstYear || year > lastYear)
    return { ok: false, error: `${name} "${text}" is not in the years ${yearsText}` };
  return { ok: true, value: text };
}
