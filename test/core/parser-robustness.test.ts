import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isKnownCurrency } from '../../src/core/money/currency.ts';
import type { Intent } from '../../src/core/parse/intent.ts';
import { parseMessage } from '../../src/core/parse/parse-message.ts';
import { parseContext } from './parse-fixture.ts';

/** A small deterministic generator, so a failure names a reproducible input. */
function randomNumbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
}

/** Messages glued together from pieces the parser reacts to. */
function* pieceInputs(count: number): Generator<string> {
  const pieces = [
    '₹',
    'Rs.',
    '$',
    '1,2',
    '.',
    '-',
    '250',
    'k',
    '/',
    '12',
    'Nov',
    '(',
    ')',
    ' - ',
    '😀',
    '🧾',
    '\u0000',
    '<b>',
    "'; DROP TABLE expenses; --",
    '\n',
    'ägypten',
    '東京',
    '#',
    '?',
    'undo',
    'edit',
    'last',
    'friday',
    '2026-W99',
    '99999999999999999999',
    'note:',
    'how much',
    'between',
    'and',
    'XYZ',
    'lakh',
    '/-',
    'NaN',
    'set',
    'timezone',
    '\u200b',
    'tomorrow',
    '31/02',
    'list',
    '0',
    '.5',
    '1e9',
    '0x10',
    'Infinity',
    '١٢٣',
    '²',
    'ﷺ',
  ];
  const next = randomNumbers(7);
  for (let index = 0; index < count; index++) {
    let text = '';
    const length = (next() % 9) + 1;
    for (let part = 0; part < length; part++) {
      const roll = next();
      text += pieces[roll % pieces.length];
      if (roll % 3 === 0) text += ' ';
    }
    yield text;
  }
}

/** Random code points from all over Unicode, including lone surrogates and private use. */
function* codePointInputs(count: number): Generator<string> {
  const next = randomNumbers(42);
  for (let index = 0; index < count; index++) {
    const units: number[] = [];
    const length = next() % 40;
    for (let unit = 0; unit < length; unit++) units.push(next() % 0x10000);
    yield String.fromCharCode(...units);
  }
}

const fixed = [
  '',
  ' ',
  '\n\t',
  '🙂🙂🙂',
  '👨‍👩‍👧‍👦 250',
  'x'.repeat(10_000),
  `250 groceries ${'very '.repeat(2000)}`,
  '₹'.repeat(5000),
  '1'.repeat(400),
  '9'.repeat(499),
  `${'('.repeat(300)}250 tea`,
  `250 tea ${' - '.repeat(150)}`,
  `${'1/'.repeat(200)}1`,
  'SELECT * FROM expenses WHERE 1=1; --',
  "250'); DELETE FROM users; --",
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)> 250',
  '{{constructor.constructor("return process")()}}',
  '__proto__ 250',
  'constructor',
  '%s%s%s%n',
  '\u202e250 tea',
  'ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ',
];

function checkSane(input: string, intent: Intent): void {
  const where = JSON.stringify(input.slice(0, 80));
  assert.ok(intent && typeof intent.kind === 'string', where);
  if (intent.kind === 'add') {
    assert.ok(Number.isSafeInteger(intent.amount.minor) && intent.amount.minor > 0, where);
    assert.ok(isKnownCurrency(intent.amount.currency), where);
    assert.ok(intent.amount.minor <= parseContext.maxAmountMajor * 1000, where);
    assert.match(intent.spentOn, /^\d{4}-\d{2}-\d{2}$/, where);
    assert.ok(intent.spentOn <= '2026-11-26', where);
    assert.ok(intent.category.length > 0 && intent.category.length <= 60, where);
  }
  if (intent.kind === 'summary' && intent.period) assert.ok(intent.period.from <= intent.period.to, where);
  if (intent.kind === 'invalid') assert.ok(intent.message.length > 0, where);
}

test('the parser never throws and answers sanely, whatever it is sent', () => {
  const inputs = [...fixed, ...pieceInputs(400), ...codePointInputs(300)];
  assert.ok(inputs.length >= 700);
  for (const input of inputs) checkSane(input, parseMessage(input, parseContext));
});

test('a message reads the same whatever was read before it, in whichever context', () => {
  const dated = ['12/11 tea 40', '3/11 groceries 250', '250 groceries yesterday', 'how much last week?'];
  const inputs = [...dated, ...fixed, ...pieceInputs(100)];
  const american = { ...parseContext, locale: 'en-US', defaultCurrency: 'USD', weekStart: 7 } as const;
  const alone = inputs.map((input) => parseMessage(input, parseContext));
  const aloneForAmerican = inputs.map((input) => parseMessage(input, american));
  const dayOf = (intent: Intent) => (intent.kind === 'add' ? intent.spentOn : intent.kind);
  assert.equal(dayOf(alone[0] as Intent), '2026-11-12');
  assert.equal(dayOf(aloneForAmerican[0] as Intent), 'invalid', '11 Dec has not come yet');
  // Backwards and alternating contexts: state a parse leaves behind (a regex's lastIndex, a cache keyed without
  // the locale) would change a later reading.
  for (let index = inputs.length - 1; index >= 0; index--) {
    const input = inputs[index] ?? '';
    assert.deepEqual(parseMessage(input, american), aloneForAmerican[index], JSON.stringify(input));
    assert.deepEqual(parseMessage(input, parseContext), alone[index], JSON.stringify(input));
  }
});

test('very long text is not parsed but left for the model, quickly', () => {
  const started = performance.now();
  assert.equal(parseMessage('250 groceries '.repeat(1000), parseContext).kind, 'unknown');
  assert.equal(parseMessage('x'.repeat(10_000), parseContext).kind, 'unknown');
  assert.ok(performance.now() - started < 1000);
});

test('a broken context (unknown locale, odd currency) still never throws', () => {
  const odd = { ...parseContext, locale: 'not a locale!!', defaultCurrency: 'ZZZ' };
  for (const input of ['250 groceries', '12/11 tea 40', 'how much this week', 'set locale en-US']) {
    checkSane(input, { ...parseMessage(input, odd), ...{} } as Intent);
  }
  assert.equal(parseMessage('250 groceries', odd).kind, 'invalid');
});
