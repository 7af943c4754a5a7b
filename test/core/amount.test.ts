import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findAmounts, tokenize } from '../../src/core/parse/amount.ts';
import { chooseAmount } from '../../src/core/parse/choose-amount.ts';

const inr = { defaultCurrency: 'INR', maxAmountMajor: 10_000_000 };

// text, amount in minor units, currency, and the text the amount covers
const rows: ReadonlyArray<readonly [string, number, string, string]> = [
  ['₹250 tea', 25000, 'INR', '₹250'],
  ['Rs 250 tea', 25000, 'INR', 'Rs 250'],
  ['Rs. 1,250.50 fuel', 125050, 'INR', 'Rs. 1,250.50'],
  ['rs250 tea', 25000, 'INR', 'rs250'],
  ['INR 250 tea', 25000, 'INR', 'INR 250'],
  ['250 INR tea', 25000, 'INR', '250 INR'],
  ['250 rupees tea', 25000, 'INR', '250 rupees'],
  ['250 rs tea', 25000, 'INR', '250 rs'],
  ['tea 250/-', 25000, 'INR', '250/-'],
  ['1.2k rent', 120000, 'INR', '1.2k'],
  ['2k rent', 200000, 'INR', '2k'],
  ['1.5 lakh car', 15000000, 'INR', '1.5 lakh'],
  ['₹1,25,000 laptop', 12500000, 'INR', '₹1,25,000'],
  ['1,250,000 deposit', 125000000, 'INR', '1,250,000'],
  ['$20 lunch', 2000, 'USD', '$20'],
  ['€3.50 coffee', 350, 'EUR', '€3.50'],
  ['£5 tea', 500, 'GBP', '£5'],
  ['¥500 sushi', 500, 'JPY', '¥500'],
  ['12.5 usd books', 1250, 'USD', '12.5 usd'],
  ['usd 12.5 books', 1250, 'USD', 'usd 12.5'],
  ['20 dollars parking', 2000, 'USD', '20 dollars'],
  ['5 euros tip', 500, 'EUR', '5 euros'],
  ['1.250 BHD tea', 1250, 'BHD', '1.250 BHD'],
  ['tea 250, thanks', 25000, 'INR', '250'],
];

describe('amounts are found with their currency and the words they cover', () => {
  for (const [text, minor, currency, covered] of rows) {
    test(`"${text}" has ${minor} ${currency} in "${covered}"`, () => {
      const found = findAmounts(text, inr);
      assert.equal(found.length, 1);
      const [amount] = found;
      assert.deepEqual(amount?.result, { ok: true, value: { minor, currency } });
      assert.equal(text.slice(amount?.index, (amount?.index ?? 0) + (amount?.length ?? 0)), covered);
    });
  }
});

describe('three letters beside a number', () => {
  // text, what the three letters are taken for
  const codes: ReadonlyArray<readonly [string, string]> = [
    ['250 usd tea', 'USD'],
    ['250 AED lunch', 'AED'],
    ['250 XYZ groceries', 'refused'],
    ['XYZ 250 groceries', 'refused'],
    ['250 tea', 'word'],
    ['40 for bus', 'word'],
    ['20 pen refill', 'word'],
    ['300 mop', 'word'],
    ['250 xyz groceries', 'word'],
    ['250 XYZ', 'word'],
    ['250 TEA GROCERIES', 'word'],
    ['EMI 5000 car loan', 'word'],
    ['450 KFC dinner', 'word'],
  ];
  for (const [text, taken] of codes) {
    test(`in "${text}" they are ${taken === 'word' ? 'an ordinary word' : taken === 'refused' ? 'an unknown currency, refused' : `the currency ${taken}`}`, () => {
      const [amount] = findAmounts(text, inr);
      if (taken === 'refused') {
        assert.deepEqual(amount?.result.ok, false);
        assert.match(amount?.result.ok === false ? amount.result.error : '', /don't know the currency "XYZ"/);
      } else {
        assert.equal(amount?.result.ok ? amount.result.value.currency : undefined, taken === 'word' ? 'INR' : taken);
      }
    });
  }
});

describe('choosing the amount', () => {
  test('one number is the amount', () => {
    assert.equal(chooseAmount(findAmounts('250 groceries', inr)).amount?.marked, false);
  });

  test('with several numbers, the one written with a currency is the amount', () => {
    const amount = chooseAmount(findAmounts('got 2 coffee for ₹360', inr)).amount;
    assert.deepEqual(amount?.result, { ok: true, value: { minor: 36000, currency: 'INR' } });
  });

  test('with several plain numbers, a count is not the amount: "bought 2 coffees for 300"', () => {
    const text = 'bought 2 coffees for 300';
    const amount = chooseAmount(findAmounts(text, inr), tokenize(text)).amount;
    assert.deepEqual(amount?.result, { ok: true, value: { minor: 30000, currency: 'INR' } });
  });

  test('with two plain numbers and nothing to tell them apart, none is chosen', () => {
    const text = 'bus 12 to office 30';
    assert.equal(chooseAmount(findAmounts(text, inr), tokenize(text)).amount, undefined);
  });

  test('"NaN" counts as a refused amount only when no real number is written', () => {
    assert.equal(findAmounts('NaN groceries', inr)[0]?.result.ok, false);
    assert.equal(findAmounts('nan bread 50', inr).length, 1);
  });

  test('words glued to numbers are not amounts: "7up", "4g", "250tea"', () => {
    for (const text of ['7up', '4g recharge', '250tea', '2nd floor'])
      assert.deepEqual(findAmounts(text, inr), [], text);
  });
});
