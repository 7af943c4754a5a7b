import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkGrounding } from '../../src/core/assistant/grounding.ts';
import { findMoneyMentions } from '../../src/core/assistant/money-mentions.ts';

const inr = (minor: number) => ({ minor, currency: 'INR', formatted: 'whatever the tool wrote' });
const toolResults = [
  { ok: true, totals: [{ total: inr(125050), count: 3 }], groups: [{ key: 'groceries', total: inr(80000) }] },
  { ok: true, expense: { number: 7, amount: { minor: 4999, currency: 'USD', formatted: '$49.99' } } },
  { ok: true, total: inr(1250000000) },
];

function check(reply: string, userMessage = 'how much?', locale = 'en-IN') {
  return checkGrounding({ reply, toolResults, userMessage, locale, currency: 'INR' });
}

describe('grounding: which amounts a reply may state', () => {
  const grounded: Array<[string, string]> = [
    ['the formatted total', 'You spent ₹1,250.50 this week.'],
    ['the ISO code and no separators', 'Total: INR 1250.5'],
    ['the code after the number', 'Total: 1250.50 INR'],
    ['Rs with a dot', 'Groceries came to Rs.800'],
    ['rupees as a word', 'Groceries came to 800 rupees'],
    ['a bare money-like figure', 'Groceries: 800.00 of 1,250.50'],
    ['dollars from a tool result', 'Your lunch was $49.99.'],
    ['a value in lakh', 'That is ₹1,25,00,000.00, or ₹125 lakh, or ₹1.25 crore.'],
    [
      'counts, numbers, dates and weeks are not amounts',
      'You made 3 expenses, #7 on 2026-11-25 (week 2026-W48), 12% more.',
    ],
    ['no amounts at all', 'I can only help with your own expenses.'],
  ];
  for (const [name, reply] of grounded) {
    it(`accepts ${name}`, () => {
      const result = check(reply);
      assert.deepEqual(result.ungrounded, [], reply);
      assert.equal(result.grounded, true);
    });
  }

  const ungrounded: Array<[string, string, string[]]> = [
    ['a made-up total', 'You spent ₹999.00.', ['₹999.00']],
    ['a total added up by the model', 'Together: ₹2,050.50', ['₹2,050.50']],
    ['a rounded figure', 'About ₹1,250 this week.', ['₹1,250']],
    ['a rounded figure in thousands', 'About ₹1.25k this week.', ['₹1.25k']],
    ['extra decimals', 'Exactly ₹1,250.505.', ['₹1,250.505']],
    ['the right number in the wrong currency', 'You spent $800.00 on groceries.', ['$800.00']],
    ['a bare figure nobody returned', 'Groceries: 123.45', ['123.45']],
    ['an unfamiliar currency sign', 'That is ₩5,000.', ['₩5,000']],
  ];
  for (const [name, reply, amounts] of ungrounded) {
    it(`rejects ${name}`, () => {
      const result = check(reply);
      assert.equal(result.grounded, false);
      assert.deepEqual(result.ungrounded, amounts);
    });
  }

  it("accepts numbers from the user's own message, marked or not", () => {
    assert.equal(check('Yes, ₹5,000 is your budget.', 'my budget is 5000').grounded, true);
    assert.equal(check('Under your $20 limit.', 'keep it under $20').grounded, true);
    assert.equal(check('Under your €20 limit.', 'keep it under $20').grounded, false);
  });

  it("reads separators the way the user's locale writes them", () => {
    assert.equal(check('Insgesamt 1.250,50 ₹', 'wie viel?', 'de-DE').grounded, true);
    assert.equal(check('Total : 1\u202f250,50 ₹', 'combien ?', 'fr-FR').grounded, true);
  });
});

describe('finding amounts in text', () => {
  it('gives exact decimal values and the currencies a marker can mean', () => {
    const mentions = findMoneyMentions('₹1,25,000.50 and US$ 3.10 and 2 lakh rupees and EUR 7', {
      locale: 'en-IN',
      defaultCurrency: 'INR',
      bareNumbers: 'money-like',
    });
    assert.deepEqual(
      mentions.map((mention) => [mention.text, mention.decimal, mention.currencies?.[0]]),
      [
        ['₹1,25,000.50', '125000.5', 'INR'],
        ['US$ 3.10', '3.1', 'USD'],
        ['2 lakh rupees', '200000', 'INR'],
        ['EUR 7', '7', 'EUR'],
      ],
    );
  });

  it('does not take a currency code out of a word', () => {
    const mentions = findMoneyMentions('5 hours 3 minutes, ISO 4217', {
      locale: 'en',
      defaultCurrency: 'INR',
      bareNumbers: 'money-like',
    });
    assert.deepEqual(mentions, []);
  });
});
