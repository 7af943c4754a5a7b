import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DateTime } from 'luxon';
import { addDays, dayNumber, isoDateOf, monthEnd, monthStart, weekdayOf } from '../../src/core/time/calendar-date.ts';

describe('calendar dates', () => {
  test('day numbers agree with luxon on every day from 1600 to 2400', () => {
    let date = DateTime.fromISO('1600-01-01', { zone: 'utc' });
    const end = DateTime.fromISO('2400-12-31', { zone: 'utc' });
    let expected = Math.round(date.toMillis() / 86_400_000);
    let checked = 0;
    while (date <= end) {
      const iso = date.toISODate() as string;
      assert.equal(dayNumber(iso), expected, iso);
      assert.equal(isoDateOf(expected), iso);
      if (checked % 97 === 0) assert.equal(weekdayOf(iso), date.weekday, iso);
      date = date.plus({ days: 1 });
      expected += 1;
      checked += 1;
    }
    assert.equal(checked, 801 * 365 + 195); // 195 leap days: 201 years divisible by 4, less 6 centuries
  });

  test('leap days and year ends', () => {
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(addDays('2100-02-28', 1), '2100-03-01');
    assert.equal(addDays('2000-02-28', 1), '2000-02-29');
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2027-01-01', -1), '2026-12-31');
    assert.equal(addDays('2026-11-25', -400), '2025-10-21');
    assert.equal(dayNumber('1970-01-01'), 0);
    assert.equal(weekdayOf('1970-01-01'), 4);
    assert.equal(weekdayOf('2026-11-25'), 3);
    assert.equal(weekdayOf('1969-12-29'), 1);
  });

  test('months: first and last days, moving across years', () => {
    assert.equal(monthStart('2026-11-25'), '2026-11-01');
    assert.equal(monthEnd('2026-11-25'), '2026-11-30');
    assert.equal(monthEnd('2028-02-10'), '2028-02-29');
    assert.equal(monthEnd('2027-02-10'), '2027-02-28');
    assert.equal(monthEnd('2026-12-31'), '2026-12-31');
    assert.equal(monthStart('2026-01-15', -1), '2025-12-01');
    assert.equal(monthStart('2026-12-15', 1), '2027-01-01');
    assert.equal(monthStart('2026-03-31', -13), '2025-02-01');
  });
});
