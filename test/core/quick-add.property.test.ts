import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { minorDigits } from '../../src/core/money/currency.ts';
import type { ParseContext } from '../../src/core/parse/intent.ts';
import { parseMessage } from '../../src/core/parse/parse-message.ts';
import { parseContext } from './parse-fixture.ts';

// Bucket words with the bucket they must land in, and how people write amounts in each region.
const bucketWords = [
  ['groceries', 'groceries'],
  ['veggies', 'groceries'],
  ['lunch', 'food'],
  ['swiggy', 'food'],
  ['uber', 'transport'],
  ['cab', 'transport'],
  ['petrol', 'fuel'],
  ['rent', 'rent'],
  ['netflix', 'entertainment'],
  ['haircut', 'personal care'],
  ['medicine', 'health'],
  ['flight', 'travel'],
] as const;
const india: ParseContext = parseContext;
const euro: ParseContext = { ...parseContext, defaultCurrency: 'EUR', locale: 'en-IE' };
const us: ParseContext = { ...parseContext, defaultCurrency: 'USD', locale: 'en-US' };

/** Indian grouping: 1,25,000.50. */
function indianGrouping(whole: number): string {
  const digits = String(whole);
  if (digits.length <= 3) return digits;
  const head = digits.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ',');
  return `${head},${digits.slice(-3)}`;
}

function decimalPart(minor: number, digits: number, separator: string): string {
  const cents = minor % 10 ** digits;
  return cents === 0 ? '' : `${separator}${String(cents).padStart(digits, '0')}`;
}

const minorAmount = fc.integer({ min: 1, max: 99_999_999 });
const bucket = fc.constantFrom(...bucketWords);
const invisibles = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\u200e', '\u200f', '\ufeff', '\u00ad');

describe('quick-adds, whatever the amount and the way it is written', () => {
  test('Indian amounts with ₹, Rs or /- and lakh grouping are stored exactly', () => {
    fc.assert(
      fc.property(
        minorAmount,
        bucket,
        fc.constantFrom('₹', 'Rs ', 'rs.', 'INR ', ''),
        fc.boolean(),
        (minor, [word, expected], mark, first) => {
          const amount = `${mark}${indianGrouping(Math.floor(minor / 100))}${decimalPart(minor, 2, '.')}${mark === '' ? '/-' : ''}`;
          const intent = parseMessage(first ? `${amount} ${word}` : `${word} ${amount}`, india);
          assert.equal(intent.kind, 'add', `${amount} ${word}: ${JSON.stringify(intent)}`);
          if (intent.kind !== 'add') return;
          assert.deepEqual(intent.amount, { minor, currency: 'INR' });
          assert.equal(intent.category, expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  test('euro amounts with a decimal comma and dot grouping are stored exactly, with the sign before or after', () => {
    fc.assert(
      fc.property(minorAmount, bucket, fc.boolean(), (minor, [word, expected], signFirst) => {
        const whole = String(Math.floor(minor / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
        const figure = `${whole}${decimalPart(minor, 2, ',')}`;
        const amount = signFirst ? `€${figure}` : `${figure} €`;
        const intent = parseMessage(`${amount} ${word}`, euro);
        assert.equal(intent.kind, 'add', `${amount} ${word}: ${JSON.stringify(intent)}`);
        if (intent.kind !== 'add') return;
        assert.deepEqual(intent.amount, { minor, currency: 'EUR' });
        assert.equal(intent.category, expected);
      }),
      { numRuns: 400 },
    );
  });

  test('an amount in any known currency code is stored in that currency with its own decimals', () => {
    const codes = Intl.supportedValuesOf('currency').filter((code) => code.length === 3);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9_999_999 }),
        fc.constantFrom(...codes),
        bucket,
        (minor, code, [word, expected]) => {
          const digits = minorDigits(code);
          const figure = `${Math.floor(minor / 10 ** digits)}${decimalPart(minor, digits, '.')}`;
          if (Number(figure) > 10_000_000 || Number(figure) === 0) return;
          const intent = parseMessage(`${code} ${figure} ${word}`, us);
          assert.equal(intent.kind, 'add', `${code} ${figure} ${word}: ${JSON.stringify(intent)}`);
          if (intent.kind !== 'add') return;
          assert.deepEqual(intent.amount, { minor, currency: code });
          assert.equal(intent.category, expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  test('invisible characters inside words change nothing: the same expense, or the same command', () => {
    fc.assert(
      fc.property(bucket, fc.integer({ min: 1, max: 5000 }), invisibles, fc.nat(), ([word], rupees, mark, at) => {
        const plain = `${word} ${rupees}`;
        const cut = at % (word.length + 1);
        const hidden = `${word.slice(0, cut)}${mark}${word.slice(cut)} ${rupees}`;
        assert.deepEqual(parseMessage(hidden, india), parseMessage(plain, india));
        assert.deepEqual(parseMessage(`de${mark}lete ${rupees}`, india), parseMessage(`delete ${rupees}`, india));
      }),
      { numRuns: 300 },
    );
  });

  test('a count before the item is never the amount: "3 notebooks for 150"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 13, max: 99_999 }), (count, rupees) => {
        const intent = parseMessage(`bought ${count} notebooks for ${rupees}`, india);
        assert.equal(intent.kind, 'add');
        if (intent.kind === 'add') assert.equal(intent.amount.minor, rupees * 100);
      }),
      { numRuns: 200 },
    );
  });

  test('the parser never throws and never stores from text without a digit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        const intent = parseMessage(text, india);
        if (
          !/\p{Nd}|[０-９]/u.test(text) &&
          !/(?:tenner|fiver|grand|bucks|quid|dollars?|euros?|pounds?|rupees?)/i.test(text)
        ) {
          assert.notEqual(intent.kind, 'add', text);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
