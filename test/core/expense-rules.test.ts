import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { capLength, cleanText } from '../../src/core/domain/clean-text.ts';
import {
  checkExpenseChanges,
  checkNewExpense,
  maxCategoryLength,
  maxNoteLength,
} from '../../src/core/domain/expense-rules.ts';

const limits = { today: '2026-11-25', maxAmountMajor: 10_000_000 };
const inr = (minor: number) => ({ minor, currency: 'INR' });
const valid = { amount: inr(12_000), category: 'coffee', note: null, spentOn: '2026-11-25' };

describe('the expense rules', () => {
  const refused: ReadonlyArray<[string, Partial<typeof valid>, RegExp]> = [
    ['1 Jan 0001', { spentOn: '0001-01-01' }, /before 2000/],
    ['1 Jan 1900', { spentOn: '1900-01-01' }, /before 2000/],
    ['1 Jan 1970', { spentOn: '1970-01-01' }, /before 2000/],
    ['the last day of 1999', { spentOn: '1999-12-31' }, /before 2000/],
    ['the day after tomorrow', { spentOn: '2026-11-27' }, /in the future/],
    ['the year 9999', { spentOn: '9999-12-31' }, /in the future/],
    ['30 February', { spentOn: '2026-02-30' }, /real calendar date/],
    ['a date in another shape', { spentOn: '25/11/2026' }, /real calendar date/],
    ['a zero amount', { amount: inr(0) }, /more than zero/],
    ['a negative amount', { amount: inr(-500) }, /more than zero/],
    ['a fractional minor amount', { amount: inr(1.5) }, /look like a number/],
    ['an amount one paisa over the cap', { amount: inr(1_000_000_001) }, /limit of 10,000,000 INR/],
    ['an unknown currency', { amount: { minor: 100, currency: 'XYZ' } }, /don't know the currency "XYZ"/],
    ['a category of only invisible characters', { category: '\u202e\u200b\u0000 \u2066' }, /No category/],
    ['an empty category', { category: '   ' }, /No category/],
    ['a category longer than 60', { category: 'x'.repeat(maxCategoryLength + 1) }, /too long/],
  ];
  for (const [name, change, reason] of refused) {
    test(`refuses ${name}, saying why`, () => {
      const checked = checkNewExpense({ ...valid, ...change }, limits);
      assert.equal(checked.ok, false);
      if (!checked.ok) assert.match(checked.error, reason);
    });
  }

  const accepted: ReadonlyArray<[string, Partial<typeof valid>]> = [
    ['1 Jan 2000', { spentOn: '2000-01-01' }],
    ['tomorrow, for a traveller whose zone is ahead', { spentOn: '2026-11-26' }],
    ['one paisa', { amount: inr(1) }],
    ['exactly the cap', { amount: inr(1_000_000_000) }],
    ['a category of exactly 60', { category: 'x'.repeat(maxCategoryLength) }],
  ];
  for (const [name, change] of accepted) {
    test(`accepts ${name}`, () => assert.equal(checkNewExpense({ ...valid, ...change }, limits).ok, true));
  }

  test('keeps the fields it does not check', () => {
    const checked = checkNewExpense({ ...valid, userId: 7, sourceKey: 'k' }, limits);
    assert.deepEqual(checked, { ok: true, value: { ...valid, userId: 7, sourceKey: 'k' } });
  });

  test('cleans the category and the note, and cuts a long note to 200', () => {
    const checked = checkNewExpense(
      { ...valid, category: '\u202ecof\u200bfee\u0000 ', note: `\tBlue\u0007  Tokai\r\n${'y'.repeat(500)}` },
      limits,
    );
    assert.ok(checked.ok);
    assert.equal(checked.value.category, 'coffee');
    assert.equal(checked.value.note?.length, maxNoteLength);
    assert.ok(checked.value.note?.startsWith('Blue Tokai y'));
  });

  test('a note with nothing visible in it is no note', () => {
    const checked = checkNewExpense({ ...valid, note: '\u200b\u0000\u202e ' }, limits);
    assert.ok(checked.ok);
    assert.equal(checked.value.note, null);
  });

  test('changes: only what is given is checked, and a note cleaned to nothing removes the note', () => {
    assert.deepEqual(checkExpenseChanges({ note: '\u2067\u2069' }, limits), { ok: true, value: { note: null } });
    assert.deepEqual(checkExpenseChanges({ category: ' Books\u202e' }, limits), {
      ok: true,
      value: { category: 'Books' },
    });
    const early = checkExpenseChanges({ spentOn: '1970-01-01' }, limits);
    assert.equal(early.ok, false);
    assert.equal(checkExpenseChanges({ amount: inr(0) }, limits).ok, false);
    assert.equal(checkExpenseChanges({ category: '\u0000' }, limits).ok, false);
  });
});

describe('cleaning text', () => {
  const rows: ReadonlyArray<[string, string, string]> = [
    ['a right-to-left override', 'abc\u202edef', 'abcdef'],
    ['bidi isolates and marks', '\u2066a\u2069\u200eb\u200f', 'ab'],
    ['zero-width spaces, joiners and a BOM', '\ufeffco\u200bf\u200cf\u200dee\u2060', 'coffee'],
    ['a soft hyphen', 'tax\u00adi', 'taxi'],
    ['a NUL and a bell', 'a\u0000b\u0007c', 'a b c'],
    ['line breaks and tabs', 'a\r\nb\tc\u2028d\u2029e', 'a b c d e'],
    ['escape sequences', '\u001b[31mred\u001b[0m', '[31mred [0m'],
    ['Hangul fillers that draw as blank', '\u3164\u115f', ''],
    ['a lone surrogate half', 'a\ud800b', 'ab'],
    ['fullwidth letters', 'ｃｏｆｆｅｅ', 'coffee'],
    ['runs of spaces, non-breaking ones too', '  a \u00a0\u3000 b  ', 'a b'],
    ['an accent kept apart by a joiner', 'cafe\u200d\u0301', 'café'],
    ['markup, which is text and escaped where it is shown', '<b>M&S</b> <3', '<b>M&S</b> <3'],
    ['emoji and other scripts', 'चाय ☕ café', 'चाय ☕ café'],
  ];
  for (const [name, raw, clean] of rows) {
    test(`${name}: ${JSON.stringify(raw)} → ${JSON.stringify(clean)}`, () => {
      assert.equal(cleanText(raw), clean);
      assert.equal(cleanText(clean), clean);
    });
  }

  test('a cut never splits an emoji or a letter and its accent', () => {
    assert.equal(capLength('ab👍🏽', 4), 'ab');
    assert.equal(capLength('abe\u0301', 3), 'ab');
    assert.equal(capLength('abc de', 4), 'abc');
    assert.equal(capLength('short', 200), 'short');
  });
});
