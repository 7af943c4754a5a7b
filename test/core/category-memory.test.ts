/** Categories a user teaches by re-categorising, and typos of their own categories, through the message handler. */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { memoryKeyword, noteKeyword } from '../../src/core/service/category-keywords.ts';
import { closestCategory } from '../../src/core/service/closest-category.ts';
import { type CoreHarness, createCoreHarness } from '../support/core-harness.ts';

describe('categories a user teaches finbot', () => {
  let core: CoreHarness;
  beforeEach(async () => {
    core = await createCoreHarness();
  });
  afterEach(() => core.close());

  /** Sends `text` as `user`, expecting a recorded expense, and returns the category it was stored under. */
  const addedCategory = async (user: string, text: string): Promise<string> => {
    const reply = await core.say(user, text);
    assert.equal(reply.kind, 'expense_added', reply.text);
    const number = Number(/#(\d+)/.exec(reply.text)?.[1]);
    return (await expense(user, number)).category;
  };
  const expense = async (user: string, number: number) => {
    const found = await core.store.findUser('cli', user);
    assert.ok(found, `no user ${user}`);
    const stored = await core.store.findExpenseByNumber(found.id, number);
    assert.ok(stored, `no expense #${number} of ${user}`);
    return stored;
  };
  const edit = async (user: string, text: string) => {
    const reply = await core.say(user, text);
    assert.equal(reply.kind, 'expense_edited', reply.text);
  };

  test(`after "edit 1 category food" on "haldiram's 260", the next "haldiram's 300" is food`, async () => {
    await core.say('asha', "haldiram's 260");
    await edit('asha', 'edit 1 category food');
    const reply = await core.say('asha', "haldiram's 300");
    assert.match(reply.text, /^Added #2: ₹300\.00 · food · today/);
    assert.equal((await expense('asha', 2)).category, 'food');
  });

  test(`a merchant re-categorised away from food follows the user: "haldiram's 300" is Festivals afterwards`, async () => {
    await core.say('asha', "haldiram's 260");
    await edit('asha', 'edit 1 category Festivals');
    assert.equal(await addedCategory('asha', "haldiram's 300"), 'Festivals');
    assert.notEqual(await addedCategory('ravi', "haldiram's 300"), 'Festivals');
  });

  test('a re-categorised merchant and the old category both lead to the new category later', async () => {
    assert.equal(await addedCategory('asha', 'chitale bandhu 260'), 'chitale bandhu');
    await edit('asha', 'edit 1 category Festivals');
    assert.equal(await addedCategory('asha', 'chitale bandhu 300'), 'Festivals');

    assert.equal(await addedCategory('asha', '450 decorations - kamat stores'), 'decorations');
    await edit('asha', 'edit 3 category festivals');
    // The note (a merchant) and the old category both now mean Festivals, in the user's spelling.
    assert.equal(await addedCategory('asha', '120 lanterns - kamat stores'), 'Festivals');
    assert.equal(await addedCategory('asha', 'decorations 80'), 'Festivals');
    assert.equal(await addedCategory('asha', 'lanterns 60'), 'lanterns');
  });

  test("another user's quick-adds never use what someone else taught", async () => {
    await core.say('asha', 'chitale bandhu 260');
    await edit('asha', 'edit 1 category Festivals');
    assert.equal(await addedCategory('ravi', 'chitale bandhu 300'), 'chitale bandhu');
    assert.equal(await addedCategory('asha', 'chitale bandhu 300'), 'Festivals');
  });

  test('a bucket name is never remembered: re-categorising a snacks expense noted "food" moves no later snacks or food', async () => {
    await core.say('asha', '40 snacks - food');
    await edit('asha', 'edit 1 category Party');
    assert.equal((await expense('asha', 1)).category, 'Party');
    assert.equal(await addedCategory('asha', '70 snacks'), 'snacks');
    assert.equal(await addedCategory('asha', '90 food'), 'food');
    const asha = await core.store.findUser('cli', 'asha');
    assert.equal(await core.store.findRememberedCategory(asha?.id ?? 0, ['snacks', 'food']), undefined);
  });

  test('the latest re-categorisation wins: moving back to a category makes its name mean itself again', async () => {
    await core.say('asha', 'vinyl records 500');
    await edit('asha', 'edit 1 category Hobbies');
    assert.equal(await addedCategory('asha', 'vinyl records 200'), 'Hobbies');
    await edit('asha', 'edit 2 category Vinyl Records');
    assert.equal(await addedCategory('asha', 'vinyl records 100'), 'Vinyl Records');
    assert.equal(await addedCategory('asha', 'hobbies 50'), 'Vinyl Records');
  });

  test('an edit of an expense that does not exist teaches nothing', async () => {
    await core.say('asha', 'chitale bandhu 260');
    const reply = await core.say('asha', 'edit 9 category Festivals');
    assert.equal(reply.kind, 'not_found');
    assert.equal(await addedCategory('asha', 'chitale bandhu 300'), 'chitale bandhu');
  });
});

describe("typos of a user's own categories", () => {
  let core: CoreHarness;
  beforeEach(async () => {
    core = await createCoreHarness();
  });
  afterEach(() => core.close());

  const categories = async (user: string) => {
    const found = await core.store.findUser('cli', user);
    const expenses = await core.store.listExpenses(found?.id ?? 0, {});
    return expenses.sort((a, b) => a.number - b.number).map((expense) => expense.category);
  };

  test('"vinylrecords" and "vinyl recrods" are recorded as the user\'s "Vinyl Records"; an edit to "vinyl recrds" too', async () => {
    await core.say('asha', 'Vinyl Records 1200');
    const reply = await core.say('asha', 'vinylrecords 300');
    assert.match(reply.text, /^Added #2: ₹300\.00 · Vinyl Records · today/);
    await core.say('asha', 'vinyl recrods 250');
    await core.say('asha', 'pottery 400');
    await core.say('asha', 'edit 4 category vinyl recrds');
    assert.deepEqual(await categories('asha'), ['Vinyl Records', 'Vinyl Records', 'Vinyl Records', 'Vinyl Records']);
  });

  test("a typo two of the user's categories are equally close to is kept as written", async () => {
    await core.say('asha', 'Stamps 100');
    // Stored directly: written in a message, "Stumps" would itself be taken for a typo of "Stamps".
    const asha = await core.store.findUser('cli', 'asha');
    assert.ok(asha);
    await core.store.insertExpense({
      userId: asha.id,
      amount: { minor: 5000, currency: 'INR' },
      category: 'Stumps',
      note: null,
      spentOn: '2026-11-25',
      sourceKey: 'seed:stumps',
      createdAt: '2026-11-25T06:30:00.000Z',
    });
    await core.say('asha', 'stemps 20');
    assert.deepEqual(await categories('asha'), ['Stamps', 'Stumps', 'stemps']);
  });

  test("someone else's categories are not what a typo is matched with", async () => {
    await core.say('ravi', 'Vinyl Records 1200');
    await core.say('asha', 'vinylrecords 300');
    assert.deepEqual(await categories('asha'), ['vinylrecords']);
  });
});

describe('which words may key a remembered category', () => {
  const rows: ReadonlyArray<[string, string | undefined]> = [
    ['food', undefined],
    ['Groceries', undefined],
    ['grocery', undefined],
    ['grocerys', undefined],
    ['snack', undefined],
    ['Personal Care', undefined],
    ["haldiram's", "haldiram's"],
    ['  Chitale   Bandhu ', 'chitale bandhu'],
    ['lunch', 'lunch'],
    ['swiggy', 'swiggy'],
    ['', undefined],
  ];
  for (const [text, keyword] of rows) {
    test(`${JSON.stringify(text)} → ${keyword === undefined ? 'never a keyword' : JSON.stringify(keyword)}`, () => {
      assert.equal(memoryKeyword(text), keyword);
    });
  }

  test('a note is a keyword only when it is short: a merchant, not a description', () => {
    assert.equal(noteKeyword('Kamat Stores'), 'kamat stores');
    assert.equal(noteKeyword('dinner with the whole team'), undefined);
    assert.equal(noteKeyword('food'), undefined);
    assert.equal(noteKeyword(null), undefined);
  });
});

describe('the closest of the user’s own categories', () => {
  const spellings = ['Vinyl Records', 'vinyl records', 'Stamps', 'Stumps', 'Art'];
  const rows: ReadonlyArray<[string, string | undefined]> = [
    ['vinylrecords', 'Vinyl Records'],
    ['vinyl recrods', 'Vinyl Records'],
    ['vinyl recs', undefined],
    ['stemps', undefined],
    ['stampz', 'Stamps'],
    ['arts', 'Art'],
    ['ark', undefined],
  ];
  for (const [written, expected] of rows) {
    test(`${JSON.stringify(written)} → ${expected === undefined ? 'kept as written' : JSON.stringify(expected)}`, () => {
      assert.equal(closestCategory(written, spellings), expected);
    });
  }
});
