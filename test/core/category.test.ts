import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeCategory } from '../../src/core/parse/category.ts';

test('known categories fold case, plurals and aliases into one name', () => {
  const rows: ReadonlyArray<readonly [string, string]> = [
    ['Grocery', 'groceries'],
    ['GROCERIES', 'groceries'],
    ['  veggies ', 'groceries'],
    ['Cabs', 'transport'],
    ['metro', 'transport'],
    ['Chai', 'tea'],
    ['snack', 'snacks'],
    ['Medicines', 'health'],
    ['eating out', 'food'],
  ];
  for (const [raw, canonical] of rows) assert.equal(normalizeCategory(raw), canonical, raw);
});

test('a category of the user’s own is kept as they wrote it, spaces tidied', () => {
  assert.equal(normalizeCategory('Board Games'), 'Board Games');
  assert.equal(normalizeCategory('  dog   food '), 'dog food');
  assert.equal(normalizeCategory('fish_&_chips <3'), 'fish_&_chips <3');
});
