import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Intent } from '../../src/core/parse/intent.ts';
import { parseMessage } from '../../src/core/parse/parse-message.ts';
import { parseContext } from './parse-fixture.ts';

// message, amount in minor units, currency, category, date, note — today is Wednesday 2026-11-25.
/** What a quick-add stores that the user checks at a glance: amount, category and day. */
function recorded(intent: Intent): object {
  if (intent.kind !== 'add') return intent;
  return { kind: intent.kind, amount: intent.amount, category: intent.category, spentOn: intent.spentOn };
}

type Row = readonly [string, number, string, string, string, string | null];
const T = '2026-11-25';
const rows: ReadonlyArray<Row> = [
  // the forms in the product description
  ['add ₹250 groceries', 25000, 'INR', 'groceries', T, null],
  ['Add ₹250 for groceries today', 25000, 'INR', 'groceries', T, null],
  ['₹55 snacks', 5500, 'INR', 'snacks', T, null],
  ['₹55 snacks yesterday', 5500, 'INR', 'snacks', '2026-11-24', null],
  ['groceries 250', 25000, 'INR', 'groceries', T, null],
  ['spent 120 on tea yesterday', 12000, 'INR', 'tea', '2026-11-24', null],
  ['spent 1,250.50 on fuel', 125050, 'INR', 'fuel', T, null],
  ['250 groceries - big basket', 25000, 'INR', 'groceries', T, 'big basket'],
  ['paid 40 for auto', 4000, 'INR', 'transport', T, null],
  // a plural that names a kind of spending is money, not a count ("2 pizzas" alone is asked about)
  ['10 groceries', 1000, 'INR', 'groceries', T, null],
  ['12 vegetables', 1200, 'INR', 'groceries', T, null],
  // rupee spellings
  ['Rs 250 groceries', 25000, 'INR', 'groceries', T, null],
  ['Rs. 1,250.50 rent', 125050, 'INR', 'rent', T, null],
  ['rs250 chai', 25000, 'INR', 'tea', T, null],
  ['RS 99 milk', 9900, 'INR', 'groceries', T, null],
  ['INR 250 tea', 25000, 'INR', 'tea', T, null],
  ['250 INR tea', 25000, 'INR', 'tea', T, null],
  ['inr 75 coffee', 7500, 'INR', 'coffee', T, null],
  ['250 rupees fuel', 25000, 'INR', 'fuel', T, null],
  ['1 rupee toffee', 100, 'INR', 'snacks', T, null],
  ['250 rs snacks', 25000, 'INR', 'snacks', T, null],
  ['₹ 300 dinner', 30000, 'INR', 'food', T, null],
  ['250/- groceries', 25000, 'INR', 'groceries', T, null],
  ['Rs.250 tea', 25000, 'INR', 'tea', T, null],
  ['250rs tea', 25000, 'INR', 'tea', T, null],
  ['250INR tea', 25000, 'INR', 'tea', T, null],
  ['250 ₹ tea', 25000, 'INR', 'tea', T, null],
  // grouping, decimals, thousands
  ['₹1,25,000 laptop', 12500000, 'INR', 'shopping', T, null],
  ['1,25,000 laptop', 12500000, 'INR', 'shopping', T, null],
  ['₹12,34,567.89 car', 123456789, 'INR', 'transport', T, null],
  ['1,250,000 house deposit', 125000000, 'INR', 'rent', T, null],
  ['1.2k rent', 120000, 'INR', 'rent', T, null],
  ['2k groceries', 200000, 'INR', 'groceries', T, null],
  ['1.25k electricity', 125000, 'INR', 'bills', T, null],
  ['₹0.50 candy', 50, 'INR', 'snacks', T, null],
  ['.5 candy', 50, 'INR', 'snacks', T, null],
  ['99.9 books', 9990, 'INR', 'education', T, null],
  ['99.90 books', 9990, 'INR', 'education', T, null],
  ['10000000 flat', 1000000000, 'INR', 'rent', T, null],
  ['1.5 lakh car', 15000000, 'INR', 'transport', T, null],
  ['2 lakhs wedding', 20000000, 'INR', 'wedding', T, null],
  ['1 crore flat', 1000000000, 'INR', 'rent', T, null],
  ['2 k rent', 200000, 'INR', 'rent', T, null],
  ['0.5k tea', 50000, 'INR', 'tea', T, null],
  ['250.00 groceries', 25000, 'INR', 'groceries', T, null],
  ['250. groceries', 25000, 'INR', 'groceries', T, null],
  ['２５０ tea', 25000, 'INR', 'tea', T, null],
  // other currencies
  ['$20 lunch', 2000, 'USD', 'food', T, null],
  ['US$20 lunch', 2000, 'USD', 'food', T, null],
  ['€3.50 coffee', 350, 'EUR', 'coffee', T, null],
  ['£5 tea', 500, 'GBP', 'tea', T, null],
  ['¥500 sushi', 500, 'JPY', 'food', T, null],
  ['12.5 usd books', 1250, 'USD', 'education', T, null],
  ['usd 12.5 books', 1250, 'USD', 'education', T, null],
  ['USD 40 cab', 4000, 'USD', 'transport', T, null],
  ['20 dollars parking', 2000, 'USD', 'transport', T, null],
  ['5 euros tip', 500, 'EUR', 'tip', T, null],
  ['3 pounds coffee', 300, 'GBP', 'coffee', T, null],
  ['1500 yen ramen', 1500, 'JPY', 'food', T, null],
  ['JPY 1200 taxi', 1200, 'JPY', 'transport', T, null],
  ['1.250 BHD groceries', 1250, 'BHD', 'groceries', T, null],
  ['BHD 2.5 coffee', 2500, 'BHD', 'coffee', T, null],
  ['0.125 bhd water', 125, 'BHD', 'bills', T, null],
  ['AED 45 lunch', 4500, 'AED', 'food', T, null],
  ['30 sgd dinner', 3000, 'SGD', 'food', T, null],
  ['CHF 12 chocolate', 1200, 'CHF', 'snacks', T, null],
  ['45 eur museum', 4500, 'EUR', 'entertainment', T, null],
  ['KWD 1.5 snacks', 1500, 'KWD', 'snacks', T, null],
  ['1.505 kwd snacks', 1505, 'KWD', 'snacks', T, null],
  ['¥1,200 ramen', 1200, 'JPY', 'food', T, null],
  ['jpy 800 tea', 800, 'JPY', 'tea', T, null],
  ['20 $ coffee', 2000, 'USD', 'coffee', T, null],
  ['20 bucks lunch', 2000, 'INR', 'food', T, null], // Indians say "bucks" for rupees
  ['A$20 lunch', 2000, 'AUD', 'food', T, null],
  ['S$ 12 lunch', 1200, 'SGD', 'food', T, null],
  ['20 quid beer', 2000, 'GBP', 'drinks', T, null],
  ['300 dirhams lunch', 30000, 'AED', 'food', T, null],
  ['50 riyals taxi', 5000, 'SAR', 'transport', T, null],
  ['2.250 dinars dinner', 2250, 'KWD', 'food', T, null],
  ['100 yuan tea', 10000, 'CNY', 'tea', T, null],
  // three letters beside the number: a currency only when known, or written in capitals as one
  ['250 PEN groceries', 25000, 'PEN', 'groceries', T, null],
  ['50 TRY doner', 5000, 'TRY', 'food', T, null],
  ['20 pen refill', 2000, 'INR', 'education', T, null],
  ['300 mop', 30000, 'INR', 'mop', T, null],
  ['40 cup of tea', 4000, 'INR', 'tea', T, null],
  ['EMI 5000', 500000, 'INR', 'loans', T, null],
  ['5000 EMI car loan', 500000, 'INR', 'loans', T, null],
  ['450 KFC', 45000, 'INR', 'food', T, null],
  ['250 TEA', 25000, 'INR', 'tea', T, null],
  ['250 xyz groceries', 25000, 'INR', 'groceries', T, null],
  ['ABC 250', 25000, 'INR', 'ABC', T, null],
  // dates
  ['250 groceries today', 25000, 'INR', 'groceries', T, null],
  ['250 groceries yesterday', 25000, 'INR', 'groceries', '2026-11-24', null],
  ['250 groceries day before yesterday', 25000, 'INR', 'groceries', '2026-11-23', null],
  ['day before yesterday 90 tea', 9000, 'INR', 'tea', '2026-11-23', null],
  ['uber 320 on monday', 32000, 'INR', 'transport', '2026-11-23', null],
  ['320 uber on Monday', 32000, 'INR', 'transport', '2026-11-23', null],
  ['80 tea monday', 8000, 'INR', 'tea', '2026-11-23', null],
  ['80 tea on mon', 8000, 'INR', 'tea', '2026-11-23', null],
  ['80 tea on tue', 8000, 'INR', 'tea', '2026-11-24', null],
  ['80 tea on wednesday', 8000, 'INR', 'tea', T, null],
  ['80 tea on thursday', 8000, 'INR', 'tea', '2026-11-19', null],
  ['80 tea on sunday', 8000, 'INR', 'tea', '2026-11-22', null],
  ['80 tea on sat', 8000, 'INR', 'tea', '2026-11-21', null],
  ['100 tea last friday', 10000, 'INR', 'tea', '2026-11-20', null],
  ['100 tea last wednesday', 10000, 'INR', 'tea', '2026-11-18', null],
  ['last sunday 600 movies', 60000, 'INR', 'entertainment', '2026-11-22', null],
  ['100 tea 3 days ago', 10000, 'INR', 'tea', '2026-11-22', null],
  ['100 tea 1 day ago', 10000, 'INR', 'tea', T.replace('25', '24'), null],
  ['100 tea two days ago', 10000, 'INR', 'tea', '2026-11-23', null],
  ['100 tea a week ago', 10000, 'INR', 'tea', '2026-11-18', null],
  ['100 tea 2 weeks ago', 10000, 'INR', 'tea', '2026-11-11', null],
  ['100 tea 12 Nov', 10000, 'INR', 'tea', '2026-11-12', null],
  ['100 tea on 12 Nov', 10000, 'INR', 'tea', '2026-11-12', null],
  ['100 tea Nov 12', 10000, 'INR', 'tea', '2026-11-12', null],
  ['100 tea 12th Nov', 10000, 'INR', 'tea', '2026-11-12', null],
  ['100 tea 1st november', 10000, 'INR', 'tea', '2026-11-01', null],
  ['100 tea 3rd of Oct', 10000, 'INR', 'tea', '2026-10-03', null],
  ['100 tea 26 Nov', 10000, 'INR', 'tea', '2026-11-26', null],
  ['100 tea 5 Jan 2026', 10000, 'INR', 'tea', '2026-01-05', null],
  ['100 tea 12/11', 10000, 'INR', 'tea', '2026-11-12', null],
  ['100 tea 12-11', 10000, 'INR', 'tea', '2026-11-12', null],
  ['100 tea 1/11', 10000, 'INR', 'tea', '2026-11-01', null],
  ['100 tea 12/11/2026', 10000, 'INR', 'tea', '2026-11-12', null],
  ['100 tea 12/11/26', 10000, 'INR', 'tea', '2026-11-12', null],
  ['100 tea 12.11.2026', 10000, 'INR', 'tea', '2026-11-12', null],
  ['100 tea 2026-11-20', 10000, 'INR', 'tea', '2026-11-20', null],
  ['100 tea on 2026-11-20', 10000, 'INR', 'tea', '2026-11-20', null],
  ['2026-11-01 rent 15000', 1500000, 'INR', 'rent', '2026-11-01', null],
  ['on 2 Nov paid 500 for doctor', 50000, 'INR', 'health', '2026-11-02', null],
  ['yesterday spent 45 on bus', 4500, 'INR', 'transport', '2026-11-24', null],
  ['this morning 30 chai', 3000, 'INR', 'tea', T, null],
  ['30 chai last night', 3000, 'INR', 'tea', '2026-11-24', null],
  ['30 chai yday', 3000, 'INR', 'tea', '2026-11-24', null],
  ['30 chai on thurs', 3000, 'INR', 'tea', '2026-11-19', null],
  ['30 chai last thurs', 3000, 'INR', 'tea', '2026-11-19', null],
  ['30 chai this sunday', 3000, 'INR', 'tea', '2026-11-22', null],
  ['30 chai ten days ago', 3000, 'INR', 'tea', '2026-11-15', null],
  ['30 chai on the 12th', 3000, 'INR', 'tea', '2026-11-12', null],
  ['30 chai on the 27th', 3000, 'INR', 'tea', '2026-10-27', null],
  ['30 chai Nov 12, 2025', 3000, 'INR', 'tea', '2025-11-12', null],
  ['30 chai 3 sept', 3000, 'INR', 'tea', '2026-09-03', null],
  ['30 chai 12Nov', 3000, 'INR', 'tea', '2026-11-12', null],
  ['12 Nov 2000 rent', 200000, 'INR', 'rent', '2026-11-12', null],
  ['groceries 250 12-11-2026', 25000, 'INR', 'groceries', '2026-11-12', null],
  ['spent 250 on 2026-11-20 for groceries', 25000, 'INR', 'groceries', '2026-11-20', null],
  ['Sept 3 250 tea', 25000, 'INR', 'tea', '2026-09-03', null],
  // category aliases
  ['60 grocery', 6000, 'INR', 'groceries', T, null],
  ['60 Groceries', 6000, 'INR', 'groceries', T, null],
  ['60 GROCERIES', 6000, 'INR', 'groceries', T, null],
  ['60 veggies', 6000, 'INR', 'groceries', T, null],
  ['60 vegetables', 6000, 'INR', 'groceries', T, null],
  ['60 fruits', 6000, 'INR', 'groceries', T, null],
  ['60 kirana', 6000, 'INR', 'groceries', T, null],
  ['60 bigbasket', 6000, 'INR', 'groceries', T, null],
  ['120 cab', 12000, 'INR', 'transport', T, null],
  ['120 cabs', 12000, 'INR', 'transport', T, null],
  ['120 Uber', 12000, 'INR', 'transport', T, null],
  ['120 ola', 12000, 'INR', 'transport', T, null],
  ['30 auto', 3000, 'INR', 'transport', T, null],
  ['30 rickshaw', 3000, 'INR', 'transport', T, null],
  ['40 metro', 4000, 'INR', 'transport', T, null],
  ['20 bus', 2000, 'INR', 'transport', T, null],
  ['400 train', 40000, 'INR', 'transport', T, null],
  ['300 taxi', 30000, 'INR', 'transport', T, null],
  ['20 chai', 2000, 'INR', 'tea', T, null],
  ['20 Tea', 2000, 'INR', 'tea', T, null],
  ['180 cafe', 18000, 'INR', 'coffee', T, null],
  ['2000 petrol', 200000, 'INR', 'fuel', T, null],
  ['1500 diesel', 150000, 'INR', 'fuel', T, null],
  ['150 lunch', 15000, 'INR', 'food', T, null],
  ['450 dinner', 45000, 'INR', 'food', T, null],
  ['90 breakfast', 9000, 'INR', 'food', T, null],
  ['320 swiggy', 32000, 'INR', 'food', T, null],
  ['320 zomato', 32000, 'INR', 'food', T, null],
  ['40 snack', 4000, 'INR', 'snacks', T, null],
  ['1800 electricity', 180000, 'INR', 'bills', T, null],
  ['799 wifi', 79900, 'INR', 'bills', T, null],
  ['299 mobile recharge', 29900, 'INR', 'bills', T, null],
  ['220 medicine', 22000, 'INR', 'health', T, null],
  ['220 pharmacy', 22000, 'INR', 'health', T, null],
  ['600 movie', 60000, 'INR', 'entertainment', T, null],
  ['649 netflix', 64900, 'INR', 'entertainment', T, null],
  ['1999 clothes', 199900, 'INR', 'shopping', T, null],
  ['25000 rent', 2500000, 'INR', 'rent', T, null],
  ['40 veg', 4000, 'INR', 'groceries', T, null],
  ['40 sabzi', 4000, 'INR', 'groceries', T, null],
  ['40 big basket', 4000, 'INR', 'groceries', T, null],
  ['40 dmart', 4000, 'INR', 'groceries', T, null],
  ['40 buses', 4000, 'INR', 'transport', T, null],
  ['40 local train', 4000, 'INR', 'transport', T, null],
  ['40 Rapido', 4000, 'INR', 'transport', T, null],
  ['40 coffees', 4000, 'INR', 'coffee', T, null],
  ['40 café', 4000, 'INR', 'coffee', T, null],
  ['900 gas', 90000, 'INR', 'fuel', T, null],
  ['900 CNG', 90000, 'INR', 'fuel', T, null],
  ['900 lpg', 90000, 'INR', 'bills', T, null],
  ['900 power', 90000, 'INR', 'bills', T, null],
  ['900 water bill', 90000, 'INR', 'bills', T, null],
  ['900 internet', 90000, 'INR', 'bills', T, null],
  ['900 Wi-Fi', 90000, 'INR', 'bills', T, null],
  ['90 meals', 9000, 'INR', 'food', T, null],
  ['90 dining out', 9000, 'INR', 'food', T, null],
  ['90 snacks', 9000, 'INR', 'snacks', T, null],
  ['900 house rent', 90000, 'INR', 'rent', T, null],
  ['500 doctor', 50000, 'INR', 'health', T, null],
  ['500 dentist', 50000, 'INR', 'health', T, null],
  ['500 movies', 50000, 'INR', 'entertainment', T, null],
  ['500 cinema', 50000, 'INR', 'entertainment', T, null],
  // a user's own categories are kept as written
  ['900 Board Games', 90000, 'INR', 'entertainment', T, null],
  ['Board Games 900', 90000, 'INR', 'entertainment', T, null],
  ['350 dog food', 35000, 'INR', 'pets', T, null],
  ['120 Stationery', 12000, 'INR', 'education', T, null],
  ['500 gift for mom', 50000, 'INR', 'gifts', T, null],
  ['15000 school   fees', 1500000, 'INR', 'education', T, null],
  ['75 fish_&_chips <3', 7500, 'INR', 'fish_&_chips', T, null],
  ['250 constructor', 25000, 'INR', 'constructor', T, null],
  ['toString 99', 9900, 'INR', 'toString', T, null],
  ['50 __proto__', 5000, 'INR', '__proto__', T, null],
  // verbs and word order
  ['bought vegetables for 80', 8000, 'INR', 'groceries', T, null],
  ['+250 groceries', 25000, 'INR', 'groceries', T, null],
  ['+ 250 groceries', 25000, 'INR', 'groceries', T, null],
  ['250 on groceries', 25000, 'INR', 'groceries', T, null],
  ['add 99 netflix', 9900, 'INR', 'entertainment', T, null],
  ['Add 99 for netflix', 9900, 'INR', 'entertainment', T, null],
  ['i spent 200 on books', 20000, 'INR', 'education', T, null],
  ['I paid 1200 for rent', 120000, 'INR', 'rent', T, null],
  ['paid ₹40 auto', 4000, 'INR', 'transport', T, null],
  ['spent $12 on lunch yesterday', 1200, 'USD', 'food', '2026-11-24', null],
  ['groceries ₹250 yesterday', 25000, 'INR', 'groceries', '2026-11-24', null],
  ['tea for 20', 2000, 'INR', 'tea', T, null],
  ['fuel 2,000', 200000, 'INR', 'fuel', T, null],
  ['got 2 coffee for ₹360', 36000, 'INR', 'coffee', T, null],
  // notes
  ['250 groceries - big basket order', 25000, 'INR', 'groceries', T, 'big basket order'],
  ['250 groceries – weekly shop', 25000, 'INR', 'groceries', T, 'weekly shop'],
  ['coffee ₹180 (with Ravi)', 18000, 'INR', 'coffee', T, 'with Ravi'],
  ['₹180 coffee yesterday (with Ravi)', 18000, 'INR', 'coffee', '2026-11-24', 'with Ravi'],
  ['600 dinner - birthday - Priya', 60000, 'INR', 'food', T, 'birthday - Priya'],
  ['1200 shoes note: for the trek', 120000, 'INR', 'shopping', T, 'for the trek'],
  ['spent 500 on gifts yesterday - diwali', 50000, 'INR', 'gifts', '2026-11-24', 'diwali'],
  ['$20 lunch - client meeting', 2000, 'USD', 'food', T, 'client meeting'],
  ['coffee (with Ravi) 180', 18000, 'INR', 'coffee', T, 'with Ravi'],
  ['250 groceries (big basket) yesterday', 25000, 'INR', 'groceries', '2026-11-24', 'big basket'],
  ['250 groceries notes: weekly shop', 25000, 'INR', 'groceries', T, 'weekly shop'],
  ['250 groceries Note: for the party', 25000, 'INR', 'groceries', T, 'for the party'],
  ['250 groceries — weekly', 25000, 'INR', 'groceries', T, 'weekly'],
  ['yesterday 400 dinner - with team (office)', 40000, 'INR', 'food', '2026-11-24', 'with team (office)'],
  // a dash with nothing after the amount but words: those words are what it was for
  ['250 - groceries', 25000, 'INR', 'groceries', T, null],
  ['groceries - 250', 25000, 'INR', 'groceries', T, null],
  ['250 (groceries)', 25000, 'INR', 'groceries', T, null],
];

describe('quick-add messages', () => {
  test('the table has at least 150 distinct messages', () => {
    assert.ok(new Set(rows.map((row) => row[0])).size >= 150, `only ${rows.length} rows`);
    assert.equal(new Set(rows.map((row) => row[0])).size, rows.length, 'rows are distinct');
  });

  for (const [message, minor, currency, category, spentOn, note] of rows) {
    test(`"${message}" records ${minor} ${currency} ${category} on ${spentOn}`, () => {
      const intent = parseMessage(message, parseContext);
      assert.deepEqual(recorded(intent), { kind: 'add', amount: { minor, currency }, category, spentOn });
      // A note written after " - ", in brackets or after "note:" is kept as written.
      if (note !== null) assert.equal(intent.kind === 'add' ? intent.note : undefined, note);
    });
  }
});

describe('quick-adds read with the user’s own currency and locale', () => {
  const us = { ...parseContext, defaultCurrency: 'USD', locale: 'en-US', weekStart: 7 as const };
  const australia = { ...parseContext, defaultCurrency: 'AUD', locale: 'en-AU' };
  const japan = { ...parseContext, defaultCurrency: 'JPY', locale: 'ja-JP' };
  const bahrain = { ...parseContext, defaultCurrency: 'BHD', locale: 'en-BH' };
  type ContextRow = readonly [string, typeof parseContext, number, string, string, string];
  const contextRows: ReadonlyArray<ContextRow> = [
    ['12.50 lunch', us, 1250, 'USD', 'food', T],
    ['$12.50 lunch', us, 1250, 'USD', 'food', T],
    ['20 dollars gas', us, 2000, 'USD', 'fuel', T],
    ['₹500 souvenir', us, 50000, 'INR', 'souvenir', T],
    ['12 coffee 11/12', us, 1200, 'USD', 'coffee', '2026-11-12'],
    ['12 coffee 11/12/2026', us, 1200, 'USD', 'coffee', '2026-11-12'],
    ['$20 lunch', australia, 2000, 'AUD', 'food', T],
    ['20 bucks lunch', australia, 2000, 'AUD', 'food', T],
    ['US$20 lunch', australia, 2000, 'USD', 'food', T],
    ['500 ramen', japan, 500, 'JPY', 'food', T],
    ['¥500 ramen', japan, 500, 'JPY', 'food', T],
    ['500 ramen 11/12', japan, 500, 'JPY', 'food', '2026-11-12'],
    ['1.250 lunch', bahrain, 1250, 'BHD', 'food', T],
    ['0.5 tea', bahrain, 500, 'BHD', 'tea', T],
  ];
  for (const [message, ctx, minor, currency, category, spentOn] of contextRows) {
    test(`"${message}" for a ${ctx.defaultCurrency} user in ${ctx.locale} records ${minor} ${currency} on ${spentOn}`, () => {
      assert.deepEqual(recorded(parseMessage(message, ctx)), {
        kind: 'add',
        amount: { minor, currency },
        category,
        spentOn,
      });
    });
  }

  test('amounts in JPY take no decimals when JPY is the user’s own currency', () => {
    assert.equal(parseMessage('10.5 ramen', japan).kind, 'invalid');
  });
});
