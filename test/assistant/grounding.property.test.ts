/**
 * Grounding over generated tool results and replies: any allowed amount passes however a locale writes it, any
 * other number written as money or bare fails, and dates, weeks, counts, percentages and #numbers never fail.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { checkGrounding } from '../../src/core/assistant/grounding.ts';
import { moneyJson } from '../../src/core/assistant/tools/money-json.ts';
import { minorDigits } from '../../src/core/money/currency.ts';
import { type Money, minorToDecimal } from '../../src/core/money/money.ts';

const locales = ['en-IN', 'en-US', 'en-GB', 'de-DE', 'de-CH', 'fr-FR', 'nl-NL', 'es-ES', 'it-IT', 'hi-IN', 'ar-EG'];
const currencies = ['INR', 'USD', 'EUR', 'GBP', 'JPY', 'BHD'];

const moneyArb: fc.Arbitrary<Money> = fc.record({
  minor: fc.integer({ min: 1, max: 9_999_999_999 }),
  currency: fc.constantFrom(...currencies),
});

/** Tool results shaped like the real ones: totals with counts, groups, and expenses with numbers. */
function toolResults(amounts: ReadonlyArray<Money>, locale: string): unknown[] {
  return amounts.map((money, index) =>
    index % 2 === 0
      ? { ok: true, totals: [{ total: moneyJson(money, locale), count: index + 1 }], groups: [] }
      : { ok: true, expense: { number: index, amount: moneyJson(money, locale), category: 'groceries' } },
  );
}

/**
 * The ways a reply may write an amount: Intl's currency styles, grouped or plain numbers, the ISO code. The plain
 * decimal ("1.250") is how the locale writes it only where a dot is the decimal sign or the tail is not three digits:
 * a German reads "BHD 1.250" as one thousand two hundred and fifty.
 */
type Spelling = (money: Money, locale: string) => string;

const plainSpellings: Spelling[] = [
  (money: Money) => `${money.currency} ${minorToDecimal(money.minor, money.currency)}`,
  (money: Money) => minorToDecimal(money.minor, money.currency),
];
const spellings: Spelling[] = [
  (money: Money, locale: string) => format(money, locale, { style: 'currency', currency: money.currency }),
  (money: Money, locale: string) =>
    format(money, locale, { style: 'currency', currency: money.currency, currencyDisplay: 'narrowSymbol' }),
  (money: Money, locale: string) =>
    format(money, locale, { style: 'currency', currency: money.currency, currencyDisplay: 'code' }),
  (money: Money, locale: string) => format(money, locale, { minimumFractionDigits: minorDigits(money.currency) }),
  (money: Money, locale: string) =>
    format(money, locale, { minimumFractionDigits: minorDigits(money.currency), useGrouping: false }),
  ...plainSpellings,
];

function decimalSeparator(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}

function format(money: Money, locale: string, options: Intl.NumberFormatOptions): string {
  const decimal = minorToDecimal(money.minor, money.currency) as `${number}`;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 20, ...options }).format(decimal);
}

const sentences = [
  (amount: string) => `Your top figure this week is ${amount}.`,
  (amount: string) => `On 30 Nov you spent ${amount} across 3 expenses (#12, week 48, up 12%).`,
  (amount: string) => `${amount}`,
  (amount: string) => `In November 2026 (2026-W48): ${amount}, at 14:30 on Mon 23rd.`,
];

/** Plain decimals with up to three places; never equal to an allowed amount by value. */
const decimalArb = fc
  .tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 999 }))
  .map(([whole, places, fraction]) =>
    places === 0 ? String(whole) : `${whole}.${String(fraction % 10 ** places).padStart(places, '0')}`,
  );

function sameValue(a: string, b: string): boolean {
  const normal = (text: string) => text.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  return normal(a) === normal(b);
}

describe('grounding over generated tool results and replies', () => {
  test('an allowed amount passes, however the locale writes it', () => {
    fc.assert(
      fc.property(
        fc.array(moneyArb, { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.constantFrom(...locales),
        fc.constantFrom(...spellings),
        fc.constantFrom(...sentences),
        (amounts, pick, locale, spell, sentence) => {
          const quoted = amounts[pick % amounts.length] as Money;
          const threeDigitTail = /\.\d{3}$/.test(minorToDecimal(quoted.minor, quoted.currency));
          fc.pre(!(plainSpellings.includes(spell) && threeDigitTail && decimalSeparator(locale) !== '.'));
          const reply = sentence(spell(quoted, locale));
          const result = checkGrounding({
            reply,
            toolResults: toolResults(amounts, locale),
            userMessage: 'how much this week?',
            locale,
            currency: 'INR',
          });
          assert.deepEqual(result.ungrounded, [], `${locale}: ${reply}`);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('a number no tool returned fails, bare or written as money', () => {
    fc.assert(
      fc.property(
        fc.array(moneyArb, { minLength: 0, maxLength: 6 }),
        decimalArb,
        fc.constantFrom(...locales),
        fc.constantFrom(...currencies),
        fc.constantFrom('bare', 'grouped', 'currency', 'code', 'minor units'),
        (amounts, decimal, locale, currency, style) => {
          const allowed = amounts.map((money) => minorToDecimal(money.minor, money.currency));
          // Quoting a minor-unit figure is the case that started this: it must fail like any other made-up number.
          const quoted = style === 'minor units' ? String((amounts[0]?.minor ?? 0) + 1) : decimal;
          fc.pre(!allowed.some((value) => sameValue(value, quoted)));
          const number = quoted as `${number}`;
          const written =
            style === 'bare' || style === 'minor units'
              ? quoted
              : style === 'grouped'
                ? new Intl.NumberFormat(locale, { maximumFractionDigits: 20 }).format(number)
                : new Intl.NumberFormat(locale, {
                    style: 'currency',
                    currency,
                    currencyDisplay: style === 'code' ? 'code' : 'symbol',
                    maximumFractionDigits: 20,
                  }).format(number);
          const reply = `Your top figure this week is ${written}.`;
          const result = checkGrounding({
            reply,
            toolResults: toolResults(amounts, locale),
            userMessage: 'how much this week?',
            locale,
            currency: 'INR',
          });
          assert.equal(result.grounded, false, `${locale}: ${reply}`);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('dates, weeks, counts, percentages, times and #numbers pass with nothing allowed', () => {
    const months = ['Jan', 'February', 'Mar', 'April', 'May', 'Jun', 'July', 'Aug', 'Sept', 'October', 'Nov', 'Dec'];
    const forms = fc.oneof(
      fc
        .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
        .chain(([year, month, day]) => {
          const two = (n: number) => String(n).padStart(2, '0');
          const name = months[month - 1] as string;
          return fc.constantFrom(
            `${year}-${two(month)}-${two(day)}`,
            `${day} ${name}`,
            `${name} ${day}, ${year}`,
            `${day}/${month}/${year}`,
            `${name} ${year}`,
            `Monday ${day}`,
          );
        }),
      fc.integer({ min: 1, max: 53 }).map((week) => `week ${week}`),
      fc.integer({ min: 1, max: 53 }).map((week) => `2026-W${String(week).padStart(2, '0')}`),
      fc.integer({ min: 0, max: 1_000_000 }).map((count) => `${count} expenses`),
      fc.integer({ min: 1, max: 1_000_000 }).map((number) => `#${number}`),
      fc.integer({ min: 0, max: 1000 }).map((percent) => `${percent}%`),
      fc
        .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([hour, minute]) => `${hour}:${String(minute).padStart(2, '0')}`),
    );
    fc.assert(
      fc.property(fc.array(forms, { minLength: 1, maxLength: 4 }), fc.constantFrom(...locales), (parts, locale) => {
        const reply = `Noted: ${parts.join(', ')}.`;
        const result = checkGrounding({ reply, toolResults: [], userMessage: 'hi', locale, currency: 'INR' });
        assert.deepEqual(result.ungrounded, [], `${locale}: ${reply}`);
      }),
      { numRuns: 500 },
    );
  });
});
