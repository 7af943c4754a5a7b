/** Values crossing the driver boundary: integers, timestamps and calendar dates read and written the same on every dialect. */
import { dayNumber, isoDateOf } from '../core/time/calendar-date.ts';
import type { DialectName } from './dialect-name.ts';

/**
 * A whole number from any driver: SQLite gives numbers, pg and mssql give bigint and SUM results as strings.
 * Throws rather than round when the value is not a safe integer, because these are money and counts.
 */
export function readInteger(value: unknown, what: string): number {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'bigint'
        ? Number(value)
        : typeof value === 'string' && /^-?\d+$/.test(value.trim())
          ? Number(value.trim())
          : Number.NaN;
  if (!Number.isSafeInteger(number) || (typeof value === 'bigint' && BigInt(number) !== value)) {
    throw new RangeError(`${what} is not a safe integer: ${String(value)}`);
  }
  return number;
}

/** What Date#toISOString gives: finbot writes timestamps in this form, so most need no parsing. */
const canonicalTimestamp =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

/** True for a real instant already in toISOString form (a day past its month's end, like Feb 30, is not). */
function isCanonicalTimestamp(text: string): boolean {
  return canonicalTimestamp.test(text) && isoDateOf(dayNumber(text)) === text.slice(0, 10);
}

/** An ISO-8601 UTC timestamp from a Date (pg, mssql) or the text SQLite stores. */
export function readTimestamp(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') {
    if (isCanonicalTimestamp(value)) return value;
    const zoned = /(?:[zZ]|[+-]\d\d:?\d\d)$/.test(value) ? value : `${value.replace(' ', 'T')}Z`;
    const date = new Date(zoned);
    if (!Number.isNaN(date.getTime())) return date.toISOString();
  }
  throw new TypeError(`Not a timestamp: ${String(value)}`);
}

/** "YYYY-MM-DD" from the plain string SQLite and pg (with its DATE parser) return, or mssql's Date at UTC midnight. */
export function readDate(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  throw new TypeError(`Not a calendar date: ${String(value)}`);
}

/**
 * An ISO timestamp as a string parameter. Strings, never Dates: the mssql driver sends every Date as
 * DATETIME (3.33 ms steps). SQL Server gets "YYYY-MM-DDTHH:mm:ss.sss" without the "Z", a form that
 * converts to datetime2 the same way under every language and DATEFORMAT setting.
 */
export function writeTimestamp(iso: string, dialect: DialectName): string {
  if (isCanonicalTimestamp(iso)) {
    return dialect === 'mssql' ? iso.slice(0, 23) : iso;
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new TypeError(`Not a timestamp: ${iso}`);
  const normalized = date.toISOString();
  return dialect === 'mssql' ? normalized.slice(0, 23) : normalized;
}

/** A calendar date parameter, checked to be "YYYY-MM-DD" so SQLite's text comparisons stay correct. */
export function writeDate(isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new TypeError(`Not a calendar date: ${isoDate}`);
  return isoDate;
}
