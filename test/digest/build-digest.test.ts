import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildDigest, buildDigests } from '../../src/core/digest/build-digests.ts';
import { renderDigestText } from '../../src/core/digest/render-digest-text.ts';
import type { User } from '../../src/core/domain/user.ts';
import { newUser, spend, type TestDatabase, testDatabases } from './digest-databases.ts';

for (const kind of testDatabases) {
  describe(`weekly digest content (${kind.name})`, () => {
    let db: TestDatabase;
    let asha: User;
    let quiet: User;

    before(async () => {
      db = await kind.open();
      asha = await db.store.createUser(newUser('1001'));
      quiet = await db.store.createUser(newUser('1002'));
      // Week before (2026-W46: 9–15 Nov).
      await spend(db.store, asha, 100000, 'groceries', '2026-11-10');
      await spend(db.store, asha, 50000, 'Fuel', '2026-11-12');
      await spend(db.store, asha, 20000, 'snacks', '2026-11-15');
      // The week (2026-W47: 16–22 Nov).
      await spend(db.store, asha, 75050, 'Groceries', '2026-11-16', 'INR', 'big basket');
      await spend(db.store, asha, 40000, 'groceries', '2026-11-18');
      await spend(db.store, asha, 50000, 'fuel', '2026-11-18');
      await spend(db.store, asha, 120000, 'rent share', '2026-11-20');
      await spend(db.store, asha, 5500, 'snacks', '2026-11-22');
      await spend(db.store, asha, 2000, 'coffee', '2026-11-19', 'USD');
      // Outside both weeks: must not count.
      await spend(db.store, asha, 999999, 'groceries', '2026-11-23');
    });
    after(() => db.drop());

    test('totals, categories with their change, the three largest and the top day come from the database', async () => {
      const digest = await buildDigest(db.store, asha, '2026-W47');
      assert.equal(digest.previousWeek, '2026-W46');
      assert.deepEqual(
        digest.currencies.map((block) => block.currency),
        ['INR', 'USD'],
      );
      const inr = digest.currencies[0];
      assert.ok(inr);
      assert.deepEqual(inr.total, { minor: 290550, amount: '2905.50', count: 5 });
      assert.equal(inr.previousTotalMinor, 170000);
      assert.deepEqual(inr.totalChange, { kind: 'up', percent: 71 });
      assert.deepEqual(
        inr.categories.map((row) => [row.category.toLowerCase(), row.minor, row.change]),
        [
          ['rent share', 120000, { kind: 'new' }],
          ['groceries', 115050, { kind: 'up', percent: 15 }],
          ['fuel', 50000, { kind: 'same', percent: 0 }],
          ['snacks', 5500, { kind: 'down', percent: 73 }],
        ],
      );
      assert.deepEqual(
        inr.largest.map((expense) => [expense.category, expense.amount]),
        [
          ['rent share', '1200.00'],
          ['Groceries', '750.50'],
          ['fuel', '500.00'],
        ],
      );
      assert.deepEqual(inr.topDay, { date: '2026-11-20', minor: 120000, amount: '1200.00', count: 1 });
      const usd = digest.currencies[1];
      assert.deepEqual(usd?.total, { minor: 2000, amount: '20.00', count: 1 });
      assert.deepEqual(usd?.categories[0]?.change, { kind: 'new' });
    });

    test('the text shows each currency on its own with arrows and the top day', async () => {
      const text = renderDigestText(await buildDigest(db.store, asha, '2026-W47'), asha);
      assert.match(text, /^Your week 2026-W47 \(16 Nov – 22 Nov\)/);
      assert.match(text, /INR total: ₹2,905\.50 in 5 expenses \(↑ 71% vs the week before\)/);
      assert.match(text, /• rent share ₹1,200\.00 new/);
      assert.match(text, /• [Gg]roceries ₹1,150\.50 ↑ 15%/);
      assert.match(text, /• snacks ₹55\.00 ↓ 73%/);
      assert.match(text, /Largest: #\d+ ₹1,200\.00 rent share \(20 Nov\) · #\d+ ₹750\.50 Groceries \(16 Nov\)/);
      assert.match(text, /Biggest day: Fri 20 Nov, ₹1,200\.00/);
      assert.match(text, /USD total: \$20\.00 in 1 expense \(nothing the week before\)/);
    });

    test('an empty week is a one-line digest', async () => {
      const digest = await buildDigest(db.store, quiet, '2026-W47');
      assert.deepEqual(digest.currencies, []);
      const text = renderDigestText(digest, quiet);
      assert.equal(text, 'Week 2026-W47 (16 Nov – 22 Nov): no expenses recorded — nothing to report.');
      assert.equal(text.split('\n').length, 1);
    });

    test('a page of users gets the digests each would get alone, a user who spent only the week before an empty one', async () => {
      const tied = await db.store.createUser(newUser('1003'));
      await spend(db.store, tied, 5000, 'books', '2026-11-17');
      await spend(db.store, tied, 5000, 'books', '2026-11-19');
      await spend(db.store, tied, 5000, 'games', '2026-11-19');
      await spend(db.store, tied, 900, 'tea', '2026-11-21', 'GBP');
      const before = await db.store.createUser(newUser('1004'));
      await spend(db.store, before, 7000, 'books', '2026-11-11');
      const users = [asha, quiet, tied, before];
      const batch = await buildDigests(db.store, users, '2026-W47', 3);
      const single = [];
      for (const user of users) single.push(await buildDigest(db.store, user, '2026-W47'));
      assert.deepEqual(batch, single);
      assert.deepEqual(batch[3]?.currencies, []);
      assert.deepEqual(
        batch[2]?.currencies.map((block) => block.largest.map((expense) => expense.minor)),
        [[900], [5000, 5000, 5000]],
      );
    });

    test('a malformed week is refused', async () => {
      await assert.rejects(buildDigest(db.store, asha, '2026-W99'), { name: 'UnknownWeekError' });
    });
  });
}
