import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findDatePhrase } from '../../src/core/parse/date-phrase.ts';

const india = { today: '2026-11-25', locale: 'en-IN' };
const us = { today: '2026-11-25', locale: 'en-US' };

describe('date phrases', () => {
  const rows: ReadonlyArray<readonly [string, typeof india, string]> = [
    ['12/11', india, '2026-11-12'],
    ['12/11', us, '2025-12-11'],
    ['11/12', us, '2026-11-12'],
    ['1/2/2026', india, '2026-02-01'],
    ['1/2/2026', us, '2026-01-02'],
    ['on Monday', india, '2026-11-23'],
    ['wednesday', india, '2026-11-25'],
    ['last wednesday', india, '2026-11-18'],
    ['3 days ago', india, '2026-11-22'],
    ['28 Dec', { today: '2026-01-10', locale: 'en-IN' }, '2025-12-28'],
    ['29 Feb 2024', india, '2024-02-29'],
  ];
  for (const [phrase, ctx, date] of rows) {
    test(`"${phrase}" in ${ctx.locale} on ${ctx.today} is ${date}`, () => {
      assert.deepEqual(findDatePhrase(`50 tea ${phrase}`, ctx)?.result, { ok: true, date });
    });
  }

  test('a date more than a day ahead is refused, tomorrow is allowed', () => {
    assert.equal(findDatePhrase('2026-11-27', india)?.result.ok, false);
    assert.deepEqual(findDatePhrase('2026-11-26', india)?.result, { ok: true, date: '2026-11-26' });
  });

  test('amounts with a decimal point are not read as dates', () => {
    assert.equal(findDatePhrase('€3.50 coffee', india), undefined);
    assert.equal(findDatePhrase('12.5 usd books', india), undefined);
  });
});
