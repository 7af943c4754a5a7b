import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isKnownCategory, normalizeCategory } from '../../src/core/parse/category.ts';

// written, canonical category
const rows: ReadonlyArray<readonly [string, string]> = [
  ['groceries', 'groceries'],
  ['Grocery', 'groceries'],
  ['GROCERIES', 'groceries'],
  ['  veggies ', 'groceries'],
  ['vegetables', 'groceries'],
  ['Vegetable', 'groceries'],
  ['big basket', 'groceries'],
  ['Big  Basket', 'groceries'],
  ['bigbasket', 'groceries'],
  ['kirana', 'groceries'],
  ['sabzi', 'groceries'],
  ['fruits', 'groceries'],
  ['cab', 'transport'],
  ['Cabs', 'transport'],
  ['uber', 'transport'],
  ['Ola', 'transport'],
  ['auto', 'transport'],
  ['rickshaw', 'transport'],
  ['auto rickshaw', 'transport'],
  ['metro', 'transport'],
  ['bus', 'transport'],
  ['buses', 'transport'],
  ['train', 'transport'],
  ['trains', 'transport'],
  ['taxi', 'transport'],
  ['taxis', 'transport'],
  ['chai', 'tea'],
  ['Tea', 'tea'],
  ['coffee', 'coffee'],
  ['cafe', 'coffee'],
  ['Café', 'coffee'],
  ['petrol', 'fuel'],
  ['diesel', 'fuel'],
  ['fuel', 'fuel'],
  ['gas', 'fuel'],
  ['lunch', 'food'],
  ['dinner', 'food'],
  ['breakfast', 'food'],
  ['food', 'food'],
  ['meal', 'food'],
  ['meals', 'food'],
  ['eating out', 'food'],
  ['snack', 'snacks'],
  ['snacks', 'snacks'],
  ['rent', 'rent'],
  ['Rent', 'rent'],
  ['electricity', 'bills'],
  ['power', 'bills'],
  ['water', 'bills'],
  ['internet', 'bills'],
  ['wifi', 'bills'],
  ['mobile recharge', 'bills'],
  ['mobile recharges', 'bills'],
  ['electricity bill', 'bills'],
  ['bills', 'bills'],
  ['medicine', 'health'],
  ['Medicines', 'health'],
  ['pharmacy', 'health'],
  ['pharmacies', 'health'],
  ['doctor', 'health'],
  ['movie', 'entertainment'],
  ['movies', 'entertainment'],
  ['Netflix', 'entertainment'],
  ['clothes', 'shopping'],
  ['  dog   food ', 'pets'],
  ['Books', 'education'],
  ['EMI', 'loans'],
  ['gift for mom', 'gifts'],
  ['resturant', 'food'],
  ['grocerys', 'groceries'],
  ['medicne', 'health'],
  ['Swiggy', 'food'],
  ['Tesco', 'groceries'],
  ['Deliveroo', 'food'],
  ['Lyft', 'transport'],
  ['Jio recharge', 'bills'],
  ['Spotify', 'entertainment'],
  ['☕', 'coffee'],
  ['personal care', 'personal care'],
];

describe('known categories fold case, plurals and aliases into one lower-case name', () => {
  for (const [written, canonical] of rows) {
    test(`"${written}" is ${canonical}`, () => {
      assert.equal(normalizeCategory(written), canonical);
      assert.ok(isKnownCategory(written));
    });
  }
});

describe('a category of the user’s own is kept as they wrote it, spaces tidied', () => {
  for (const [written, kept] of [
    ['Board Games', 'Board Games'],
    ['fish_&_chips <3', 'fish_&_chips <3'],
    ['plants', 'plants'],
    ['taxes', 'taxes'],
  ] as const) {
    test(`"${written}" stays "${kept}"`, () => {
      assert.equal(normalizeCategory(written), kept);
      assert.equal(isKnownCategory(written), false);
    });
  }
});
