import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkGrounding } from '../../src/core/assistant/grounding.ts';
import { findMoneyMentions } from '../../src/core/assistant/money-mentions.ts';

const money = (decimal: string, currency = 'INR') => ({ decimal, currency, formatted: 'whatever the tool wrote' });
const toolResults = [
  {
    ok: true,
    totals: [{ total: money('1250.50'), count: 3 }],
    groups: [
      { key: 'groceries', total: money('800.00'), count: 2 },
      { key: 'eating out', total: money('370.00'), count: 1 },
    ],
  },
  { ok: true, expense: { number: 7, amount: money('49.99', 'USD'), category: 'coffee', spent_on: '2026-11-25' } },
  { ok: true, total: money('12500000.00') },
  {
    ok: true,
    totals: [{ total: money('12.50', 'EUR') }, { total: money('500', 'JPY') }, { total: money('1.250', 'BHD') }],
  },
];

function check(
  reply: string,
  userMessage = 'how much?',
  locale = 'en-IN',
  results: ReadonlyArray<unknown> = toolResults,
) {
  return checkGrounding({ reply, toolResults: results, userMessage, locale, currency: 'INR' });
}

function assertGrounded(reply: string, userMessage?: string, locale?: string) {
  const result = check(reply, userMessage, locale);
  assert.deepEqual(result.ungrounded, [], reply);
  assert.equal(result.grounded, true, reply);
}

describe('grounding: amounts a tool returned may be stated, in any spelling', () => {
  const grounded: Array<[string, string]> = [
    ['the formatted total', 'You spent ₹1,250.50 this week.'],
    ['the top figure with its symbol', 'Your top figure this week is ₹370.00'],
    ['a bare decimal', 'Your top figure this week is 370.00'],
    ['a bare whole number equal to the amount', 'Your top figure this week is 370.'],
    ['the ISO code and no separators', 'Total: INR 1250.5'],
    ['the code after the number', 'Total: 1250.50 INR'],
    ['Rs with a dot', 'Groceries came to Rs.800'],
    ['Rs. with the Indian /- ending', 'Eating out: Rs. 370/-'],
    ['rupees as a word', 'Groceries came to 800 rupees'],
    ['Indian grouping', 'That is ₹1,25,00,000.00 in all.'],
    ['lakh and crore', 'That is ₹125 lakh, or ₹1.25 crore, or 125 lakhs.'],
    ['thousands with k', 'Groceries: ₹0.8k'],
    ['a negative sign', 'Change: -₹370.00, or ₹-370'],
  ];
  for (const [name, reply] of grounded) it(`accepts ${name}`, () => assertGrounded(reply));

  it('accepts amounts in other currencies, with the marker each is written with', () => {
    assertGrounded('Your lunch was $49.99, or US$ 49.99, or USD 49.99, or 49.99 dollars.');
    assertGrounded('The book was €12.50 (12.50 euros), the ticket ¥500 and the fee BHD 1.250.');
    assertGrounded('Das Buch kostete 12,50 €, die Gebühr 1,250 BHD.', 'wie viel?', 'de-DE');
  });
});

describe('grounding: every other number is an amount to verify', () => {
  const ungrounded: Array<[string, string, string[]]> = [
    ['a bare number in minor units', 'Your top figure this week is 37000.', ['37000']],
    ['minor units of a total', 'You spent 125050 this week.', ['125050']],
    ['minor units with separators', 'You spent 1,25,050 this week.', ['1,25,050']],
    ['a made-up total', 'You spent ₹999.00.', ['₹999.00']],
    ['a total added up by the model', 'Together: ₹2,050.50', ['₹2,050.50']],
    ['a rounded figure', 'About ₹1,250 this week.', ['₹1,250']],
    ['a rounded figure in thousands', 'About ₹1.25k this week.', ['₹1.25k']],
    ['a figure in thousands nobody returned', 'About 37k this week.', ['37k']],
    ['a figure in lakh nobody returned', 'About 3.7 lakh this week.', ['3.7 lakh']],
    ['"37 thousand" for a ₹37 figure', 'About 37 thousand.', ['37 thousand']],
    ['extra decimals', 'Exactly ₹1,250.505.', ['₹1,250.505']],
    ['the right number in the wrong currency', 'You spent $800.00 on groceries.', ['$800.00']],
    ['a bare figure nobody returned', 'Groceries: 123.45', ['123.45']],
    ['an unfamiliar currency sign', 'That is ₩5,000.', ['₩5,000']],
    ['a number glued to letters', 'Top figure: x37000', ['37000']],
    ['digits of another script', 'Top figure: ٣٧٠٠٠ or ３７０００', ['37000', '37000']],
    ['a bare year with no month', 'Since 2026 you spent ₹370.00.', ['2026']],
    ['a number after "this week", which is no week number', 'Groceries this week 37', ['37']],
    ['a number after a counting noun rather than before', 'expenses 37000', ['37000']],
    ['a number before "of" and no counting noun', '37000 of your money', ['37000']],
    ['a number before a preposition and then a noun', '37000 on expenses', ['37000']],
  ];
  for (const [name, reply, amounts] of ungrounded) {
    it(`rejects ${name}`, () => {
      const result = check(reply);
      assert.equal(result.grounded, false, reply);
      assert.deepEqual(result.ungrounded, amounts);
    });
  }

  it('"37000" is rejected even when a tool returned 37000 as a count or an expense number', () => {
    const results = [{ ok: true, total: money('370.00'), count: 37000, expense: { number: 37000 } }];
    assert.equal(check('Your top figure this week is 37000.', 'how much?', 'en-IN', results).grounded, false);
    assert.equal(check('That was 37000 expenses.', 'how much?', 'en-IN', results).grounded, true);
  });

  it('minor units in the old { minor, currency } shape are not read as allowed amounts', () => {
    const results = [{ ok: true, total: { minor: 37000, currency: 'INR', formatted: '₹370.00' } }];
    assert.equal(check('Your top figure is ₹370.00.', 'how much?', 'en-IN', results).grounded, false);
  });
});

describe('grounding: numbers whose form says they are not money', () => {
  const forms: Array<[string, string]> = [
    ['ISO dates and times', 'On 2026-11-23 and 2026-11-24T18:30:00Z you spent ₹370.00; in 2026-11 ₹800.00.'],
    ['day and month', 'On 30 Nov, 1st December, 23–29 Nov and 30th of November 2026 you spent ₹370.00.'],
    ['month and day', 'On Nov 30, November 30th, 2026 and Nov 23-29 you spent ₹370.00.'],
    ['numeric dates', 'On 30/11, 11/30, 30/11/2026 and 30.11.2026 you spent ₹370.00.'],
    ['a weekday and a day', 'On Monday 30, Mon, 23rd and Tuesday the 24th you spent ₹370.00.'],
    ['a year next to a month', 'In November 2026 and Dec 2026 you spent ₹370.00.'],
    ['counts with their noun', 'You made 3 expenses, 2 purchases, 12 transactions and 5 items over 4 days, 2 times.'],
    ['counts with words between', 'You had 3 coffee expenses, 1 eating out expense, 2 more purchases and 2 of them.'],
    ['expense numbers', 'Expense #7 and # 12 and #37000.'],
    ['weeks', 'Week 48, W48, 2026-W48, wk 47 and in week 12 you spent ₹370.00.'],
    ['percentages', 'Up 12%, or 12 %, or 12.5 percent, or 120%.'],
    ['times of day', 'At 14:30, 2:30 pm, 9 am and 18h15 you spent ₹370.00.'],
    ['ordinals', 'Your 3rd largest expense was the 2nd one.'],
    ['a numbered list', '1. Groceries ₹800.00\n2. Eating out ₹370.00\n3) Coffee $49.99'],
    ['the tool summaries themselves', 'Week 2026-W48 (23 Nov – 29 Nov): ₹1,250.50 (3 expenses)\n• groceries: ₹800.00'],
  ];
  for (const [name, reply] of forms) it(`accepts ${name}`, () => assertGrounded(reply));

  it('reads dates and counts in the languages of the locales users have', () => {
    assertGrounded('Am 30. November und am 30.11.2026: 3 Ausgaben, KW 48, 1.250,50 ₹, 12 %, um 14 Uhr.', 'x', 'de-DE');
    assertGrounded('Le 25 nov. 2026 : 3 dépenses, 1\u202f250,50 ₹, 2 fois, semaine 48.', 'x', 'fr-FR');
    assertGrounded('Op 25 nov: 3 uitgaven, ₹ 1.250,50, 2 keer.', 'x', 'nl-NL');
  });

  it('a currency marker makes a number an amount whatever its form', () => {
    assert.deepEqual(check('On ₹30 Nov and Rs 12 expenses.').ungrounded, ['₹30', 'Rs 12']);
  });

  it('forms that only look like dates, weeks or times are still checked', () => {
    assert.deepEqual(check('In 37000 Nov and week 371 and 31/13 and 25:70.').ungrounded, [
      '37000',
      '371',
      '31',
      '13',
      '25',
      '70',
    ]);
  });
});

describe('grounding: what the user wrote and what tools compared', () => {
  it("accepts numbers from the user's own message, read in the user's currency unless marked", () => {
    assert.equal(check('Yes, ₹5,000 is your budget.', 'my budget is 5000').grounded, true);
    assert.equal(check('Yes, 5000 is your budget.', 'my budget is 5000').grounded, true);
    assert.equal(check('Yes, $5,000 is your budget.', 'my budget is 5000').grounded, false);
    assert.equal(check('Under your $20 limit.', 'keep it under $20').grounded, true);
    assert.equal(check('Under your €20 limit.', 'keep it under $20').grounded, false);
    assert.equal(check('Your top figure is 37000.', 'is my top figure 37000?').grounded, true);
  });

  it('a date, week or count the user wrote does not allow that number as an amount', () => {
    assert.equal(check('On 30 Nov you spent ₹30.', 'what did I spend on 30 Nov?').grounded, false);
    assert.equal(check('In week 48 you spent ₹48.', 'week 48?').grounded, false);
    assert.equal(check('Your 3 expenses came to ₹3.', 'my 3 expenses?').grounded, false);
  });

  it('a difference passes only when a tool returned it', () => {
    const totals = [
      { ok: true, total: money('500.00') },
      { ok: true, total: money('380.00') },
    ];
    const reply = 'You spent ₹120 less than last week.';
    assert.deepEqual(check(reply, 'vs last week?', 'en-IN', totals).ungrounded, ['₹120']);
    const withDifference = [...totals, { ok: true, difference: money('-120.00') }];
    assert.equal(check(reply, 'vs last week?', 'en-IN', withDifference).grounded, true);
  });
});

describe("grounding: separators as the user's locale writes them", () => {
  const locales: Array<[string, string]> = [
    ['de-DE', 'Insgesamt 1.250,50 ₹, davon 800 ₹ und 370,00 ₹'],
    ['fr-FR', 'Total : 1\u202f250,50 ₹ et 1\u00a0250,5 INR'],
    ['nl-NL', 'Totaal ₹ 1.250,50'],
    ['de-CH', "Total ₹ 1'250.50 und 1’250.50 INR"],
    ['es-ES', 'Total 1250,50 INR'],
    ['en-US', 'Total ₹1,250.50'],
    ['hi-IN', 'कुल ₹1,250.50'],
    ['ar-EG', 'المجموع ‏١٬٢٥٠٫٥٠ ₹'],
  ];
  for (const [locale, reply] of locales) it(`accepts ${locale}: ${reply}`, () => assertGrounded(reply, 'x', locale));

  it('a three-digit tail is a decimal where the locale writes decimals with it', () => {
    // 1,250 is one and a quarter in German: not the ₹1,250.50 total, and not ₹1,250 either.
    assert.equal(check('1,250 ₹', 'x', 'de-DE').grounded, false);
    assert.equal(check('1.250 ₹', 'x', 'en-IN').grounded, false);
    assert.equal(check('BHD 1.250', 'x', 'en-IN').grounded, true);
  });
});

describe('finding amounts in text', () => {
  it('gives exact decimal values and the currencies a marker can mean', () => {
    const mentions = findMoneyMentions('₹1,25,000.50 and US$ 3.10 and 2 lakh rupees and EUR 7 and 37000', {
      locale: 'en-IN',
    });
    assert.deepEqual(
      mentions.map((mention) => [mention.text, mention.decimal, mention.currencies?.[0] ?? null]),
      [
        ['₹1,25,000.50', '125000.5', 'INR'],
        ['US$ 3.10', '3.1', 'USD'],
        ['2 lakh rupees', '200000', 'INR'],
        ['EUR 7', '7', 'EUR'],
        ['37000', '37000', null],
      ],
    );
  });

  it('does not take a currency code out of a word, and counts durations', () => {
    const mentions = findMoneyMentions('5 hours 3 minutes, ISO 4217', { locale: 'en' });
    assert.deepEqual(
      mentions.map((mention) => [mention.text, mention.marked]),
      [['ISO 4217', false]],
    );
  });
});
