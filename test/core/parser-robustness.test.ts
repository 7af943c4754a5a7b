import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMessage } from '../../src/core/parse/parse-message.ts';
import { parseContext } from './parse-fixture.ts';

/** A small deterministic generator, so a failure names a reproducible input. */
function* oddInputs(count: number): Generator<string> {
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
  ];
  let seed = 7;
  for (let index = 0; index < count; index++) {
    let text = '';
    const length = (seed % 9) + 1;
    for (let part = 0; part < length; part++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      text += pieces[seed % pieces.length];
      if (seed % 3 === 0) text += ' ';
    }
    yield text;
  }
}

test('the parser never throws, whatever it is sent', () => {
  const inputs = ['', ' ', '🙂🙂🙂', 'x'.repeat(10_000), '₹'.repeat(5000), '1'.repeat(400), ...oddInputs(500)];
  for (const input of inputs) {
    const intent = parseMessage(input, parseContext);
    assert.ok(intent && typeof intent.kind === 'string', JSON.stringify(input));
    if (intent.kind === 'add') assert.ok(Number.isSafeInteger(intent.amount.minor) && intent.amount.minor > 0);
  }
});
