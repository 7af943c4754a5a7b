import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findDatePhrase, parseDatePhrase } from '../../src/core/parse/date-phrase.ts';

// Today is Wednesday 25 Nov 2026 unless a row says otherwise.
const india = { today: '2026-11-25', locale: 'en-IN' };
const britain = { today: '2026-11-25', locale: 'en-GB' };
const us = { today: '2026-11-25', locale: 'en-US' };
const january = { today: '2026-01-10', locale: 'en-IN' };
const monday = { today: '2026-11-23', locale: 'en-IN' };

type Row = readonly [string, typeof india, string];
const rows: ReadonlyArray<Row> = [
  ['today', india, '2026-11-25'],
  ['tonight', india, '2026-11-25'],
  ['this morning', india, '2026-11-25'],
  ['yesterday', india, '2026-11-24'],
  ['yday', india, '2026-11-24'],
  ['last night', india, '2026-11-24'],
  ['day before yesterday', india, '2026-11-23'],
  ['the day before yesterday', india, '2026-11-23'],
  ['on Monday', india, '2026-11-23'],
  ['monday', india, '2026-11-23'],
  ['wednesday', india, '2026-11-25'],
  ['on wed', india, '2026-11-25'],
  ['this sunday', india, '2026-11-22'],
  ['on thurs', india, '2026-11-19'],
  ['last friday', india, '2026-11-20'],
  ['last wednesday', india, '2026-11-18'],
  ['last mon', india, '2026-11-23'],
  ['last monday', monday, '2026-11-16'],
  ['monday', monday, '2026-11-23'],
  ['3 days ago', india, '2026-11-22'],
  ['one day ago', india, '2026-11-24'],
  ['ten days ago', india, '2026-11-15'],
  ['a week ago', india, '2026-11-18'],
  ['2 weeks ago', india, '2026-11-11'],
  ['12 Nov', india, '2026-11-12'],
  ['Nov 12', india, '2026-11-12'],
  ['12 november', india, '2026-11-12'],
  ['12th Nov', india, '2026-11-12'],
  ['Nov 12th', india, '2026-11-12'],
  ['on the 12th of November', india, '2026-11-12'],
  ['3 Sept', india, '2026-09-03'],
  ['26 Nov', india, '2026-11-26'],
  ['3 Aug', india, '2026-08-03'],
  ['on 14th', india, '2026-11-14'],
  ['on the 3rd', india, '2026-11-03'],
  ['on 28th', india, '2026-10-28'],
  ['21-Nov', india, '2026-11-21'],
  ['yest', india, '2026-11-24'],
  ['day before yday', india, '2026-11-23'],
  ['2 days back', india, '2026-11-23'],
  ['tues', india, '2026-11-24'],
  ['fri', india, '2026-11-20'],
  ['28 Dec', january, '2025-12-28'],
  ['5 Jan', january, '2026-01-05'],
  ['29 Feb 2024', india, '2024-02-29'],
  ['Nov 12, 2025', india, '2025-11-12'],
  ['the 12th', india, '2026-11-12'],
  ['on the 26th', india, '2026-11-26'],
  ['the 27th', india, '2026-10-27'],
  ['the 31st', india, '2026-10-31'],
  ['2026-11-20', india, '2026-11-20'],
  ['2026/11/20', india, '2026-11-20'],
  ['12/11', india, '2026-11-12'],
  ['12-11', india, '2026-11-12'],
  ['12/11', britain, '2026-11-12'],
  ['12/11/2026', india, '2026-11-12'],
  ['12/11/26', india, '2026-11-12'],
  ['12.11.2026', india, '2026-11-12'],
  ['1/2/2026', india, '2026-02-01'],
  ['11/3', us, '2026-11-03'],
  ['11/12', us, '2026-11-12'],
  ['11-12', us, '2026-11-12'],
  ['1/2/2026', us, '2026-01-02'],
  ['11/24/2026', us, '2026-11-24'],
];

describe('date phrases resolve against the user’s today', () => {
  for (const [phrase, ctx, date] of rows) {
    test(`"${phrase}" in ${ctx.locale} on ${ctx.today} is ${date}`, () => {
      assert.deepEqual(parseDatePhrase(phrase, ctx), { ok: true, value: date });
      assert.deepEqual(findDatePhrase(`50 tea ${phrase} - note`, ctx)?.result, { ok: true, value: date });
    });
  }
});

describe('dates that are refused', () => {
  test('a date more than a day ahead is refused, tomorrow’s date is allowed for time-zone slack', () => {
    assert.equal(parseDatePhrase('2026-11-27', india)?.ok, false);
    assert.equal(parseDatePhrase('30 Dec 2026', india)?.ok, false);
    assert.deepEqual(parseDatePhrase('2026-11-26', india), { ok: true, value: '2026-11-26' });
  });

  test('a day and month without a year is the nearest such date, and refused when that is ahead, never moved a year back', () => {
    for (const phrase of ['27 Nov', '25 Dec', 'Dec 31']) {
      const result = parseDatePhrase(phrase, india);
      assert.match(result?.ok === false ? result.error : '', /in the future/, phrase);
    }
  });

  test('dates before 2000 are refused', () => {
    const result = parseDatePhrase('12/11/1999', india);
    assert.match(result?.ok === false ? result.error : '', /before 2000/);
  });

  test('the word "tomorrow" is refused: it has not happened yet', () => {
    const result = parseDatePhrase('tomorrow', india);
    assert.equal(result?.ok, false);
    assert.match(result?.ok === false ? result.error : '', /not happened/);
  });

  test('dates that do not exist are refused', () => {
    for (const phrase of ['31/02', '31 Nov', '2026-02-30', '13/13', '29 Feb 2026']) {
      const result = parseDatePhrase(phrase, india);
      assert.equal(result?.ok, false, phrase);
      assert.match(result?.ok === false ? result.error : '', /doesn't exist/, phrase);
    }
  });
});

describe('what is not a date', () => {
  test('amounts with a decimal point or grouping are not read as dates', () => {
    for (const text of ['€3.50 coffee', '12.5 usd books', '1,250.50 fuel', '₹12/11 tea', '98450-12345']) {
      assert.equal(findDatePhrase(text, india), undefined, text);
    }
  });

  test('short weekday names alone are words ("sun glasses"); after "on" or "last" they are days', () => {
    assert.equal(findDatePhrase('50 sun glasses', india), undefined);
    assert.equal(findDatePhrase('50 tea sat', india), undefined);
    assert.deepEqual(findDatePhrase('50 tea on sat', india)?.result, { ok: true, value: '2026-11-21' });
  });

  test('an implausible year after a date is left for the amount: "12 Nov 2000 rent"', () => {
    const found = findDatePhrase('12 Nov 2000 rent', india);
    assert.deepEqual(found?.result, { ok: true, value: '2026-11-12' });
    assert.equal(found?.length, '12 Nov'.length);
  });

  test('an ordinal needs "on" or "the" to be a day: "her 30th" is a birthday', () => {
    assert.equal(findDatePhrase('gift card for her 30th 50', india), undefined);
  });

  test('a range of small numbers is not a date: "zone 1-2"', () => {
    assert.equal(findDatePhrase('zone 1-2 tube fare 2.80', india), undefined);
  });

  test('a day and month with dots is a date only beside another number: "21.11." but not "coffee 4.10."', () => {
    assert.deepEqual(findDatePhrase('21.11. rewe 34,50', india)?.result, { ok: true, value: '2026-11-21' });
    assert.equal(findDatePhrase('coffee 4.10.', india), undefined);
  });

  test('a month name needs a day beside it, so "may" in a sentence is not a date', () => {
    assert.equal(findDatePhrase('I may spend 250', india), undefined);
  });
});
