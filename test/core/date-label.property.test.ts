/** Date labels put together from cached parts read exactly as luxon writes the whole date, in any locale. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { formatDay, formatMonth, formatWeekday } from '../../src/core/format/date-label.ts';

const locales = [
  '',
  'xx',
  'en-IN',
  'en-US',
  'en-GB',
  'de-DE',
  'fr-FR',
  'hi-IN',
  'ar-EG',
  'ja-JP',
  'ru-RU',
  'fa-IR',
  'th-TH',
];
const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

function luxon(isoDate: string, locale: string, format: string): string {
  return DateTime.fromISO(isoDate, { zone: 'utc' }).setLocale(locale).toFormat(format);
}

test('formatDay, formatWeekday and formatMonth equal luxon formatting the whole date', () => {
  fc.assert(
    fc.property(isoDate, isoDate, fc.constantFrom(...locales), (date, today, locale) => {
      const sameYear = date.slice(0, 4) === today.slice(0, 4);
      assert.equal(formatDay(date, locale, today), luxon(date, locale, sameYear ? 'd LLL' : 'd LLL yyyy'));
      assert.equal(formatDay(date, locale), luxon(date, locale, 'd LLL'));
      assert.equal(formatWeekday(date, locale), luxon(date, locale, 'ccc'));
      assert.equal(formatMonth(date, locale, true), luxon(date, locale, 'LLL yyyy'));
      assert.equal(formatMonth(date, locale, false), luxon(date, locale, 'LLL'));
    }),
    { numRuns: 2000 },
  );
});

test('a few labels read as people expect', () => {
  assert.equal(formatDay('2026-12-03', 'en-IN', '2026-12-03'), '3 Dec');
  assert.equal(formatDay('2025-11-25', 'en-IN', '2026-12-03'), '25 Nov 2025');
  assert.equal(formatWeekday('2026-12-03', 'en-IN'), 'Thu');
  assert.equal(formatMonth('2027-01-01', 'de-DE', true), 'Jan 2027');
});
