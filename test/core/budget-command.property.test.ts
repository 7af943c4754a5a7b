/** Budget phrases, however they are worded: the amount exactly, the category, the period; deletes stay deletes. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Intent } from '../../src/core/parse/intent.ts';
import { parseMessage } from '../../src/core/parse/parse-message.ts';
import { parseContext } from './parse-fixture.ts';

const read = (text: string): Intent => parseMessage(text, parseContext);

/** Indian grouping: 1,25,000. */
function indianGrouping(whole: number): string {
  const digits = String(whole);
  if (digits.length <= 3) return digits;
  return `${digits.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ',')},${digits.slice(-3)}`;
}

/** An amount as people write it, and the minor units it means. */
const writtenAmount = fc
  .tuple(
    fc.integer({ min: 1, max: 9_999_999 }),
    fc.integer({ min: 0, max: 99 }),
    fc.constantFrom('₹', 'Rs ', 'INR ', ''),
    fc.boolean(),
  )
  .map(([whole, paise, mark, grouped]) => ({
    text: `${mark}${grouped ? indianGrouping(whole) : String(whole)}${paise === 0 ? '' : `.${String(paise).padStart(2, '0')}`}`,
    minor: whole * 100 + paise,
  }));
const categories = fc.constantFrom(
  ['groceries', 'groceries'],
  ['grocery', 'groceries'],
  ['transport', 'transport'],
  ['fuel', 'fuel'],
  ['eating out', 'food'],
  ['bonsai trees', 'bonsai trees'],
  ['coffee', 'coffee'],
  ['plants', 'plants'],
);
const monthWords = fc.constantFrom('monthly', 'a month', 'per month', 'every month', 'each month', '/month', '');
const weekWords = fc.constantFrom('weekly', 'a week', 'per week', 'every week', '/week');
const period = fc.oneof(
  monthWords.map((words) => ({ words, period: 'month' as const })),
  weekWords.map((words) => ({ words, period: 'week' as const })),
);

function expectSet(text: string, category: string | null, minor: number, expectedPeriod: 'week' | 'month'): void {
  const intent = read(text);
  assert.equal(intent.kind, 'budget_set', `${text}: ${JSON.stringify(intent)}`);
  if (intent.kind !== 'budget_set') return;
  assert.deepEqual(intent.amount, { minor, currency: 'INR' }, text);
  assert.equal(intent.category, category, text);
  assert.equal(intent.period, expectedPeriod, text);
}

describe('budget phrases, whatever the amount and the wording', () => {
  test('a category budget in any word order reads the category, the exact amount and the period', () => {
    fc.assert(
      fc.property(writtenAmount, categories, period, fc.nat(5), (amount, [word, category], when, shape) => {
        const text = [
          `budget ${word} ${amount.text} ${when.words}`,
          `budget ${amount.text} for ${word} ${when.words}`,
          `set a budget of ${amount.text} for ${word} ${when.words}`,
          `${word} budget ${amount.text} ${when.words}`,
          `set ${word} budget to ${amount.text} ${when.words}`,
          `/budget ${word} ${amount.text} ${when.words}`,
        ][shape] as string;
        expectSet(text.trim(), category, amount.minor, when.period);
      }),
      { numRuns: 400 },
    );
  });

  test('an overall budget ("budget 20000 a month", "monthly budget 20000") has no category', () => {
    fc.assert(
      fc.property(writtenAmount, period, fc.nat(3), (amount, when, shape) => {
        const periodWord = when.period === 'week' ? 'weekly' : 'monthly';
        const text = [
          `budget ${amount.text} ${when.words}`,
          `${periodWord} budget ${amount.text}`,
          `set my ${periodWord} budget to ${amount.text}`,
          `overall budget ${amount.text} ${when.words}`,
        ][shape] as string;
        expectSet(text.trim(), null, amount.minor, when.period);
      }),
      { numRuns: 300 },
    );
  });

  test('other currencies are read as the quick-add reads them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const decimals = cents === 0 ? '' : `.${String(cents).padStart(2, '0')}`;
        const intent = read(`budget coffee $${whole}${decimals} weekly`);
        assert.equal(intent.kind, 'budget_set');
        if (intent.kind === 'budget_set')
          assert.deepEqual(intent.amount, { minor: whole * 100 + cents, currency: 'USD' });
      }),
      { numRuns: 200 },
    );
  });

  test('removing names the category, or the overall budget; "delete 12" stays a delete', () => {
    fc.assert(
      fc.property(
        categories,
        fc.constantFrom('remove', 'delete', 'Remove', 'DELETE', 'clear', 'cancel'),
        fc.boolean(),
        fc.integer({ min: 1, max: 99_999 }),
        ([word, category], verb, before, number) => {
          const text = before ? `${verb} the ${word} budget` : `${verb} budget ${word}`;
          assert.deepEqual(read(text), { kind: 'budget_remove', category }, text);
          assert.deepEqual(read(`${verb} budget`), { kind: 'budget_remove', category: null });
          if (verb.toLowerCase() === 'delete' || verb.toLowerCase() === 'remove') {
            assert.deepEqual(read(`${verb} ${number}`), { kind: 'delete', number });
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test('any text mentioning budgets never throws and never becomes an expense', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (before, after) => {
        const intent = read(`${before} budget ${after}`);
        assert.notEqual(intent.kind, 'add');
      }),
      { numRuns: 500 },
    );
  });
});

describe('budget phrases, one row each', () => {
  const rows: ReadonlyArray<[string, Intent['kind'], Record<string, unknown>?]> = [
    ['budget 20000 a month', 'budget_set', { category: null, period: 'month' }],
    ['budget groceries 5000 monthly', 'budget_set', { category: 'groceries', period: 'month' }],
    ['budget transport 1500 weekly', 'budget_set', { category: 'transport', period: 'week' }],
    ['set a budget of 5000 for groceries per month', 'budget_set', { category: 'groceries', period: 'month' }],
    ['monthly budget 20000', 'budget_set', { category: null, period: 'month' }],
    ['weekly budget of 1500 for transport', 'budget_set', { category: 'transport', period: 'week' }],
    ['budget 20k a month', 'budget_set', { category: null, amount: { minor: 20_000_00, currency: 'INR' } }],
    ['budget £200 for food weekly', 'budget_set', { category: 'food', amount: { minor: 200_00, currency: 'GBP' } }],
    ['budgets', 'budget_list'],
    ['budget', 'budget_list'],
    ['/budget', 'budget_list'],
    ['show my budgets', 'budget_list'],
    ['budget status', 'budget_list'],
    ['how are my budgets doing?', 'budget_list'],
    ['remove budget groceries', 'budget_remove', { category: 'groceries' }],
    ['delete budget groceries', 'budget_remove', { category: 'groceries' }],
    ['remove overall budget', 'budget_remove', { category: null }],
    ['delete 12', 'delete', { number: 12 }],
    ['remove 12', 'delete', { number: 12 }],
    ['budget groceries', 'invalid'],
    ['budget groceries 0 monthly', 'invalid'],
    ['budget groceries 5000 weekly monthly', 'invalid'],
    ['budget groceries 5000 and 300', 'invalid'],
    ['250 groceries', 'add'],
    ['what is my budget?', 'budget_list'],
    ['how much is left in my groceries budget?', 'budget_list'],
    ['set my groceries budget to 5000', 'budget_set', { category: 'groceries', period: 'month' }],
  ];
  for (const [text, kind, fields] of rows) {
    test(`"${text}" is ${kind}`, () => {
      const intent = read(text);
      assert.equal(intent.kind, kind, JSON.stringify(intent));
      for (const [field, value] of Object.entries(fields ?? {})) {
        assert.deepEqual((intent as unknown as Record<string, unknown>)[field], value, field);
      }
    });
  }

  for (const text of [
    'I blew my budget on shoes 3000',
    'went over budget on dinner 2500',
    'we are over budget again',
  ]) {
    test(`"${text}" speaks of a budget but sets none`, () => {
      assert.doesNotMatch(read(text).kind, /^budget_/);
    });
  }
});
