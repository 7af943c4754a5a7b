import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { digestDue, nextDigest } from '../../src/core/digest/digest-due.ts';
import { defaultDigestSendAt, formatDigestSendAt, parseDigestSendAt } from '../../src/core/digest/digest-send-at.ts';
import { fixedClock } from '../../src/core/time/clock.ts';

const longAgo = '2020-01-01T00:00:00.000Z';

describe('when a digest is due', () => {
  const rows: Array<[string, string, string, string | undefined]> = [
    // zone, now (UTC), send at, due week or undefined
    ['Asia/Kolkata', '2030-11-18T03:29:00Z', 'MON 09:00', undefined],
    ['Asia/Kolkata', '2030-11-18T03:30:00Z', 'MON 09:00', '2030-W46'],
    ['Europe/London', '2030-11-18T08:59:59Z', 'MON 09:00', undefined],
    ['Europe/London', '2030-11-18T09:00:00Z', 'MON 09:00', '2030-W46'],
    // Monday 09:00 in Los Angeles is 17:00 UTC; at 03:30 UTC it is still Sunday there.
    ['America/Los_Angeles', '2030-11-18T03:30:00Z', 'MON 09:00', undefined],
    ['America/Los_Angeles', '2030-11-18T17:00:00Z', 'MON 09:00', '2030-W46'],
    // Still due later that day (a late tick catches up), not the next day.
    ['Europe/London', '2030-11-18T23:00:00Z', 'MON 09:00', '2030-W46'],
    ['Europe/London', '2030-11-19T09:00:00Z', 'MON 09:00', undefined],
    // A chosen time late in the week reviews that week: Sunday 18:30 on 24 Nov covers 18–24 Nov (W47)…
    ['Europe/Berlin', '2030-11-24T17:29:00Z', 'SUN 18:30', undefined],
    ['Europe/Berlin', '2030-11-24T17:30:00Z', 'SUN 18:30', '2030-W47'],
    ['Europe/Berlin', '2030-11-22T17:30:00Z', 'FRI 18:30', '2030-W47'],
    // …one early in the week, the week that just ended.
    ['Europe/Berlin', '2030-11-21T17:30:00Z', 'THU 18:30', '2030-W46'],
    // A late Sunday time keeps its day of catching up past midnight, into the next ISO week.
    ['Europe/Berlin', '2030-11-24T22:57:00Z', 'SUN 23:58', undefined],
    ['Europe/Berlin', '2030-11-24T23:00:00Z', 'SUN 23:58', '2030-W47'],
    ['Europe/Berlin', '2030-11-25T05:00:00Z', 'SUN 18:00', '2030-W47'],
    ['Europe/Berlin', '2030-11-25T16:59:00Z', 'SUN 18:00', '2030-W47'],
    ['Europe/Berlin', '2030-11-25T17:00:00Z', 'SUN 18:00', undefined],
    // Switched on Monday morning from MON 09:00 to SUN 18:00: last Sunday's time is still within its day, so
    // the week that just ended still goes out.
    ['Europe/Berlin', '2030-11-25T07:05:00Z', 'SUN 18:00', '2030-W47'],
    // Across the year boundary: the week before 2031-W01 is 2030-W52.
    ['Asia/Tokyo', '2030-12-30T00:00:00Z', 'MON 09:00', '2030-W52'],
    // Daylight saving: London's clocks went back on Sunday 2030-10-27, so Monday 09:00 is 09:00 UTC again.
    ['Europe/London', '2030-10-28T08:30:00Z', 'MON 09:00', undefined],
    ['Europe/London', '2030-10-28T09:00:00Z', 'MON 09:00', '2030-W43'],
    // …and went forward on 2030-03-31: Monday 09:00 BST is 08:00 UTC.
    ['Europe/London', '2030-04-01T08:00:00Z', 'MON 09:00', '2030-W13'],
  ];
  for (const [zone, now, sendAt, week] of rows) {
    test(`${zone} at ${now} with ${sendAt}: ${week ?? 'not due'}`, () => {
      const spec = parseDigestSendAt(sendAt);
      assert.ok(spec);
      const due = digestDue({ timeZone: zone, createdAt: longAgo }, spec, fixedClock(new Date(now)));
      assert.deepEqual(due, week ? { due: true, week } : { due: false });
    });
  }

  test('a user who joined after the week ended gets no digest for it', () => {
    const clock = fixedClock(new Date('2030-11-18T10:00:00Z'));
    const joinedMonday = { timeZone: 'Europe/London', createdAt: '2030-11-18T08:00:00.000Z' };
    const joinedSunday = { timeZone: 'Europe/London', createdAt: '2030-11-17T20:00:00.000Z' };
    assert.deepEqual(digestDue(joinedMonday, defaultDigestSendAt, clock), { due: false });
    assert.deepEqual(digestDue(joinedSunday, defaultDigestSendAt, clock), { due: true, week: '2030-W46' });
  });
});

describe('a digest send time (DIGEST_SEND_AT, "digest sunday 18:00")', () => {
  const rows: Array<[string, string | undefined]> = [
    ['MON 09:00', 'MON 09:00'],
    ['sun 18:30', 'SUN 18:30'],
    ['Friday 7:05', 'FRI 07:05'],
    ['Sundays at 7pm', 'SUN 19:00'],
    ['wed 12am', 'WED 00:00'],
    ['thurs 12:30 p.m.', 'THU 12:30'],
    ['9:30am on monday', 'MON 09:30'],
    ['18.45 saturday', 'SAT 18:45'],
    ['MON 24:00', undefined],
    ['MON 9', undefined],
    ['mon 13pm', undefined],
    ['mon 0am', undefined],
    ['MON 09:60', undefined],
    ['monxyz 09:00', undefined],
    ['XYZ 09:00', undefined],
    ['mo 09:00', undefined],
    ['', undefined],
  ];
  for (const [text, expected] of rows) {
    test(`"${text}" reads as ${expected ?? 'invalid'}`, () => {
      const parsed = parseDigestSendAt(text);
      assert.equal(parsed && formatDigestSendAt(parsed), expected);
    });
  }
});

describe('when the next digest comes, as the settings reply says', () => {
  const rows: Array<[string, string, string, string, string]> = [
    // zone, now (UTC), send at, next send date, first day of the week it covers
    ['Europe/London', '2030-11-18T08:59:00Z', 'MON 09:00', '2030-11-18', '2030-11-11'],
    ['Europe/London', '2030-11-18T09:00:00Z', 'MON 09:00', '2030-11-25', '2030-11-18'],
    ['Europe/Berlin', '2030-11-20T12:00:00Z', 'SUN 18:00', '2030-11-24', '2030-11-18'],
    ['Europe/Berlin', '2030-11-24T17:00:00Z', 'SUN 18:00', '2030-12-01', '2030-11-25'],
    ['Asia/Tokyo', '2030-12-29T10:00:00Z', 'MON 09:00', '2030-12-30', '2030-12-23'],
  ];
  for (const [zone, now, sendAt, date, coversFrom] of rows) {
    test(`${zone} at ${now} with ${sendAt}: ${date}, covering the week from ${coversFrom}`, () => {
      const spec = parseDigestSendAt(sendAt);
      assert.ok(spec);
      assert.deepEqual(nextDigest(zone, spec, new Date(now)), { date, coversFrom });
    });
  }
});
