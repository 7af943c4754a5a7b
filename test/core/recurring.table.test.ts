/** Recurring expenses as people say them: one row per phrasing, read by the real message parser. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseMessage } from '../../src/core/parse/parse-message.ts';
import { parseContext } from './parse-fixture.ts';

type Row = readonly [
  text: string,
  minor: number,
  currency: string,
  category: string,
  cadence: string,
  day: number | null,
];

const rules: ReadonlyArray<Row> = [
  ['rent 15000 every month on the 1st', 1_500_000, 'INR', 'rent', 'monthly', 1],
  ['netflix 649 monthly', 64_900, 'INR', 'entertainment', 'monthly', null],
  ['gym 1200 every month', 120_000, 'INR', 'health', 'monthly', null],
  ['maid 3000 on the 5th of every month', 300_000, 'INR', 'household', 'monthly', 5],
  ['sip 5000 monthly on 10th', 500_000, 'INR', 'sip', 'monthly', 10],
  ['cleaner 500 every friday', 50_000, 'INR', 'household', 'weekly', 5],
  ['cleaner 500 every week', 50_000, 'INR', 'household', 'weekly', null],
  ['piano lessons 800 weekly on tue', 80_000, 'INR', 'education', 'weekly', 2],
  ['rent 15000 every month on the 31st', 1_500_000, 'INR', 'rent', 'monthly', 31],
  ['rent 15000 on the last day of every month', 1_500_000, 'INR', 'rent', 'monthly', 31],
  ['spotify $9.99 monthly', 999, 'USD', 'entertainment', 'monthly', null],
  ['€12.50 phone bill each month on the 3rd', 1250, 'EUR', 'bills', 'monthly', 3],
  ['£8 newspaper every sunday', 800, 'GBP', 'newspaper', 'weekly', 7],
  ['add rent 15000 every month on the 1st', 1_500_000, 'INR', 'rent', 'monthly', 1],
  ['recurring netflix 649', 64_900, 'INR', 'entertainment', 'monthly', null],
  ['Rs 2,500 internet on the 15th monthly', 250_000, 'INR', 'bills', 'monthly', 15],
];

const oneOffs: ReadonlyArray<readonly [string, string]> = [
  ['weekly shop 84.12', 'groceries'],
  ['vegetables from the weekly market 340', 'groceries'],
  ['250 groceries — weekly', 'groceries'],
  ['the monthly tram pass is 49 now, paid it', 'transport'],
  ['rent 15000', 'rent'],
  ['coffee 4.50 on friday', 'coffee'],
  ['₹1,299 netflix yearly', 'entertainment'],
];

describe('recurring expenses said in chat', () => {
  for (const [text, minor, currency, category, cadence, day] of rules) {
    test(`"${text}" sets up a ${cadence} rule`, () => {
      const intent = parseMessage(text, parseContext);
      assert.equal(intent.kind, 'add_recurring', JSON.stringify(intent));
      if (intent.kind !== 'add_recurring') return;
      assert.deepEqual(intent.amount, { minor, currency });
      assert.equal(intent.category, category);
      assert.equal(intent.cadence, cadence);
      assert.equal(intent.day, day);
    });
  }

  for (const [text, category] of oneOffs) {
    test(`"${text}" stays a one-off expense`, () => {
      const intent = parseMessage(text, parseContext);
      assert.equal(intent.kind, 'add', JSON.stringify(intent));
      if (intent.kind === 'add') assert.equal(intent.category, category);
    });
  }

  test('listing and stopping, in the words and with a slash', () => {
    for (const text of ['recurring', '/recurring', 'Recurring expenses', 'show my recurring', 'subscriptions']) {
      assert.deepEqual(parseMessage(text, parseContext), { kind: 'list_recurring' }, text);
    }
    for (const text of [
      'stop recurring rent',
      'cancel recurring rent',
      'recurring stop rent',
      '/recurring stop rent',
    ]) {
      assert.deepEqual(parseMessage(text, parseContext), { kind: 'stop_recurring', name: 'rent' }, text);
    }
    assert.equal(parseMessage('stop recurring', parseContext).kind, 'invalid');
  });

  test('a day no month has, a date instead of a repeat, and a question are not rules', () => {
    const noDay = parseMessage('rent 15000 every month on the 35th', parseContext);
    assert.equal(noDay.kind, 'invalid');
    assert.match(noDay.kind === 'invalid' ? noDay.message : '', /no day 35/);
    assert.equal(parseMessage('rent 15000 every month from yesterday', parseContext).kind, 'invalid');
    assert.equal(parseMessage('how much do I spend on rent every month?', parseContext).kind, 'summary');
    // What the quick-add parser would ask about is refused here: the model's extraction records no rules.
    assert.equal(parseMessage('coffee 180 x 2 monthly', parseContext).kind, 'invalid');
    // Repeats that are not kept are refused rather than recorded once.
    for (const text of [
      'milk 60 every day',
      'tuition 2000 every 2 weeks',
      'cleaner 500 every other week',
      'paper 10 daily',
    ]) {
      const intent = parseMessage(text, parseContext);
      assert.equal(intent.kind, 'invalid', text);
      assert.match(
        intent.kind === 'invalid' ? intent.message : '',
        /every month .* or every week .*Nothing was recorded/,
        text,
      );
    }
  });
});
