/** The LedgerStore contract, registered once per database: every method, user isolation, idempotency, exact sums. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { NewExpense } from '../../src/core/domain/expense.ts';
import type { NewUser, User } from '../../src/core/domain/user.ts';
import type { LedgerStore } from '../../src/core/ports/ledger-store.ts';
import { DuplicateSourceKeyError } from '../../src/storage/duplicate-source-key-error.ts';
import { createLedgerStore } from '../../src/storage/kysely-ledger-store.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import type { OpenedDatabase } from '../../src/storage/open-database.ts';

/** A newly created, empty database and how to remove it afterwards. */
export interface FreshDatabase {
  readonly database: OpenedDatabase;
  drop(): Promise<void>;
}

const now = '2026-11-25T06:30:00.123Z';

/** Registers the suite under `name`; `openFresh` is called once, before the first test. */
export function ledgerStoreSuite(name: string, openFresh: () => Promise<FreshDatabase>): void {
  describe(name, () => {
    let fresh: FreshDatabase | undefined;
    let store: LedgerStore;
    let userSequence = 0;
    let keySequence = 0;

    before(async () => {
      fresh = await openFresh();
      const report = await migrateToLatest(fresh.database.db);
      assert.ok(report.applied.includes('20261125_0001_initial'));
      store = createLedgerStore(fresh.database.db, fresh.database.dialect);
    });
    after(() => fresh?.drop());

    const newUser = (changes: Partial<NewUser> = {}): Promise<User> =>
      store.createUser({
        platform: 'telegram',
        platformUserId: `user-${++userSequence}`,
        displayName: `User ${userSequence}`,
        timeZone: 'Asia/Kolkata',
        currency: 'INR',
        locale: 'en-IN',
        weekStart: 1,
        digestEnabled: true,
        ...changes,
      });
    const newExpense = (user: User, changes: Partial<NewExpense> = {}): NewExpense => ({
      userId: user.id,
      amount: { minor: 25_000, currency: 'INR' },
      category: 'groceries',
      note: null,
      spentOn: '2026-11-20',
      sourceKey: `source:${++keySequence}`,
      createdAt: now,
      ...changes,
    });
    const add = (user: User, changes: Partial<NewExpense> = {}) => store.insertExpense(newExpense(user, changes));
    const yearSums = (user: User, groupBy: 'none' | 'category' | 'day', categoryKey?: string) =>
      store.sumExpenses(user.id, {
        from: '2026-01-01',
        to: '2026-12-31',
        groupBy,
        ...(categoryKey ? { categoryKey } : {}),
      });

    describe('schema', () => {
      test('migrating again applies nothing and keeps the data', async () => {
        const user = await newUser();
        const report = await migrateToLatest((fresh as FreshDatabase).database.db);
        assert.deepEqual(report.applied, []);
        assert.deepEqual(await store.findUserById(user.id), user);
      });
    });

    describe('users', () => {
      test('a created user is found by platform id and by id, with the settings given', async () => {
        const user = await newUser({ platform: 'slack', displayName: null, weekStart: 7, digestEnabled: false });
        assert.equal(user.platform, 'slack');
        assert.equal(user.displayName, null);
        assert.equal(user.weekStart, 7);
        assert.equal(user.digestEnabled, false);
        assert.equal(user.currency, 'INR');
        assert.match(user.createdAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
        assert.deepEqual(await store.findUser('slack', user.platformUserId), user);
        assert.deepEqual(await store.findUserById(user.id), user);
        assert.equal(await store.findUser('telegram', user.platformUserId), undefined);
        assert.equal(await store.findUserById(user.id + 100_000), undefined);
      });

      test('a second user with the same platform id is refused and the first stays alone', async () => {
        const user = await newUser();
        await assert.rejects(newUser({ platformUserId: user.platformUserId }));
        assert.deepEqual(await store.findUser('telegram', user.platformUserId), user);
        assert.ok(await store.getThread(user.id));
      });

      test('settings changes are stored, and fields not named stay as they were', async () => {
        const user = await newUser();
        const changed = await store.updateUserSettings(user.id, {
          currency: 'USD',
          weekStart: 7,
          digestEnabled: false,
        });
        assert.deepEqual(changed, { ...user, currency: 'USD', weekStart: 7, digestEnabled: false });
        assert.deepEqual(await store.findUserById(user.id), changed);
        assert.deepEqual(await store.updateUserSettings(user.id, {}), changed);
        const back = await store.updateUserSettings(user.id, {
          timeZone: 'Europe/Berlin',
          locale: 'de-DE',
          digestEnabled: true,
        });
        assert.deepEqual(back, { ...changed, timeZone: 'Europe/Berlin', locale: 'de-DE', digestEnabled: true });
        await assert.rejects(store.updateUserSettings(user.id + 100_000, { currency: 'EUR' }));
      });

      test('a digest send time: none at first, stored, changed, and back to the default', async () => {
        const user = await newUser();
        const other = await newUser();
        assert.equal(await store.findDigestSendAt(user.id), undefined);
        await store.setDigestSendAt(user.id, { weekday: 7, hour: 18, minute: 0 });
        assert.deepEqual(await store.findDigestSendAt(user.id), { weekday: 7, hour: 18, minute: 0 });
        await store.setDigestSendAt(user.id, { weekday: 5, hour: 7, minute: 30 });
        assert.deepEqual(await store.findDigestSendAt(user.id), { weekday: 5, hour: 7, minute: 30 });
        assert.equal(await store.findDigestSendAt(other.id), undefined, 'another user keeps the default');
        await store.setDigestSendAt(user.id, null);
        assert.equal(await store.findDigestSendAt(user.id), undefined);
      });

      test('first digest send times set at once in separate transactions all succeed (a double-tapped button)', async () => {
        const user = await newUser();
        const times = [18, 19, 20, 21].map((hour) => ({ weekday: 7 as const, hour, minute: 0 }));
        await Promise.all(times.map((time) => store.transaction((trx) => trx.setDigestSendAt(user.id, time))));
        const stored = await store.findDigestSendAt(user.id);
        assert.ok(
          times.some((time) => JSON.stringify(time) === JSON.stringify(stored)),
          JSON.stringify(stored),
        );
      });

      test('listUsers pages through users in id order, optionally only those with the digest on', async () => {
        const created = [
          await newUser(),
          await newUser({ digestEnabled: false }),
          await newUser(),
          await newUser({ digestEnabled: false }),
          await newUser(),
        ];
        const start = (created[0] as User).id - 1;
        const ids = created.map((user) => user.id);
        const first = await store.listUsers({ afterId: start, limit: 2 });
        assert.deepEqual(
          first.map((user) => user.id),
          ids.slice(0, 2),
        );
        const second = await store.listUsers({ afterId: (first[1] as User).id, limit: 2 });
        assert.deepEqual(
          second.map((user) => user.id),
          ids.slice(2, 4),
        );
        const digest = await store.listUsers({ afterId: start, limit: 10, digestEnabled: true });
        assert.deepEqual(
          digest.map((user) => user.id),
          [ids[0], ids[2], ids[4]],
        );
        const quiet = await store.listUsers({ afterId: start, limit: 10, digestEnabled: false });
        assert.deepEqual(
          quiet.map((user) => user.id),
          [ids[1], ids[3]],
        );
        assert.deepEqual(await store.listUsers({ afterId: ids[4] as number, limit: 10 }), []);
      });
    });

    describe('threads', () => {
      test('a new user has a thread with an empty context, and a saved context reads back as an object', async () => {
        const user = await newUser();
        const thread = await store.getThread(user.id);
        assert.equal(thread.userId, user.id);
        assert.deepEqual(thread.context, {});
        const context = { period: { from: '2026-11-16', to: '2026-11-22', label: 'last week' }, category: 'Groceries' };
        await store.saveThreadContext(thread.id, context);
        assert.deepEqual(await store.getThread(user.id), { ...thread, context });
        await store.saveThreadContext(thread.id, { category: null });
        assert.deepEqual((await store.getThread(user.id)).context, { category: null });
      });

      test('an unreadable stored context reads as an empty one', async () => {
        const user = await newUser();
        const thread = await store.getThread(user.id);
        const { db } = (fresh as FreshDatabase).database;
        for (const stored of ['{not json', '[1,2]', 'null', '"text"']) {
          await db.updateTable('threads').set({ context: stored }).where('id', '=', thread.id).execute();
          assert.deepEqual((await store.getThread(user.id)).context, {}, stored);
        }
      });

      test('thread messages come back oldest first: the latest n of them', async () => {
        const user = await newUser();
        const thread = await store.getThread(user.id);
        const long = '₹'.repeat(9000);
        await store.appendThreadMessages(thread.id, [
          { role: 'user', content: 'one', createdAt: '2026-11-25T06:30:00.001Z' },
          { role: 'event', content: 'two', createdAt: '2026-11-25T06:30:00.001Z' },
          { role: 'assistant', content: 'three', createdAt: '2026-11-25T06:30:00.001Z' },
        ]);
        await store.appendThreadMessages(thread.id, []);
        await store.appendThreadMessages(thread.id, [
          { role: 'user', content: 'four — नमस्ते', createdAt: '2026-11-25T06:31:00.500Z' },
          { role: 'assistant', content: long, createdAt: '2026-11-25T06:31:00.999Z' },
        ]);
        const recent = await store.recentThreadMessages(thread.id, 3);
        assert.deepEqual(
          recent.map((message) => [message.role, message.content, message.createdAt]),
          [
            ['assistant', 'three', '2026-11-25T06:30:00.001Z'],
            ['user', 'four — नमस्ते', '2026-11-25T06:31:00.500Z'],
            ['assistant', long, '2026-11-25T06:31:00.999Z'],
          ],
        );
        assert.ok(recent.every((message) => message.threadId === thread.id));
        assert.equal((await store.recentThreadMessages(thread.id, 50)).length, 5);
        const other = await store.getThread((await newUser()).id);
        assert.deepEqual(await store.recentThreadMessages(other.id, 50), []);
      });
    });

    describe('inbound messages', () => {
      test('the first claim of a key wins; a later claim gets the reply stored with it', async () => {
        const user = await newUser();
        assert.deepEqual(await store.claimInboundMessage('telegram:update:1', user.id, now), { claimed: true });
        assert.deepEqual(await store.claimInboundMessage('telegram:update:1', user.id, now), {
          claimed: false,
          reply: null,
        });
        await store.saveInboundReply('telegram:update:1', '{"kind":"help","text":"Hi","buttons":[]}');
        assert.deepEqual(await store.claimInboundMessage('telegram:update:1', user.id, now), {
          claimed: false,
          reply: '{"kind":"help","text":"Hi","buttons":[]}',
        });
      });

      test("another user's claimed key is not theirs, and its reply stays hidden", async () => {
        const owner = await newUser();
        const other = await newUser();
        await store.claimInboundMessage('slack:event:9', owner.id, now);
        await store.saveInboundReply('slack:event:9', 'private reply');
        assert.deepEqual(await store.claimInboundMessage('slack:event:9', other.id, now), {
          claimed: false,
          reply: null,
        });
      });

      test('a claim inside a transaction keeps the transaction usable, and a rollback releases the key', async () => {
        const user = await newUser();
        await store.claimInboundMessage('cli:dup', user.id, now);
        const inside = await store.transaction(async (trx) => {
          const again = await trx.claimInboundMessage('cli:dup', user.id, now);
          // On PostgreSQL a failed statement would have aborted the transaction here.
          const expense = await trx.insertExpense(newExpense(user));
          return { again, expense };
        });
        assert.equal(inside.again.claimed, false);
        assert.ok(await store.findExpenseByNumber(user.id, inside.expense.number));

        await assert.rejects(
          store.transaction(async (trx) => {
            assert.deepEqual(await trx.claimInboundMessage('cli:rolled-back', user.id, now), { claimed: true });
            throw new Error('handler failed');
          }),
          /handler failed/,
        );
        assert.deepEqual(await store.claimInboundMessage('cli:rolled-back', user.id, now), { claimed: true });
      });

      test('claims of one key racing in separate transactions: exactly one wins', async () => {
        const user = await newUser();
        const claims = await Promise.all(
          Array.from({ length: 6 }, () =>
            store.transaction(async (trx) => {
              const claim = await trx.claimInboundMessage('telegram:update:race', user.id, now);
              if (claim.claimed) await trx.saveInboundReply('telegram:update:race', 'first');
              return claim;
            }),
          ),
        );
        assert.equal(claims.filter((claim) => claim.claimed).length, 1);
        for (const claim of claims.filter((claim) => !claim.claimed))
          assert.deepEqual(claim, { claimed: false, reply: 'first' });
      });
    });

    describe('expenses', () => {
      test("each user's expenses are numbered #1, #2 … on their own", async () => {
        const asha = await newUser();
        const ravi = await newUser();
        assert.equal((await add(asha)).number, 1);
        assert.equal((await add(asha)).number, 2);
        assert.equal((await add(ravi)).number, 1);
        assert.equal((await add(asha)).number, 3);
      });

      test('an inserted expense reads back unchanged, dates included', async () => {
        const user = await newUser();
        for (const spentOn of ['2026-01-01', '2026-12-31', '2024-02-29']) {
          const input = newExpense(user, {
            amount: { minor: 123_456_789_012, currency: 'USD' },
            category: 'Board Games',
            note: 'Catan — 2nd edition, for Asha\'s "birthday"',
            spentOn,
            createdAt: '2026-12-31T23:59:59.999Z',
          });
          const inserted = await store.insertExpense(input);
          assert.deepEqual(inserted, {
            id: inserted.id,
            userId: user.id,
            number: inserted.number,
            amount: input.amount,
            category: 'Board Games',
            note: input.note,
            spentOn,
            createdAt: '2026-12-31T23:59:59.999Z',
            deletedAt: null,
            sourceKey: input.sourceKey,
          });
          assert.deepEqual(await store.findExpenseByNumber(user.id, inserted.number), inserted);
          assert.deepEqual(await store.findExpenseBySourceKey(user.id, input.sourceKey), inserted);
        }
      });

      test('the same source key twice stores one expense: the second insert is refused', async () => {
        const user = await newUser();
        const first = await add(user, { sourceKey: 'telegram:update:42' });
        await assert.rejects(add(user, { sourceKey: 'telegram:update:42' }), DuplicateSourceKeyError);
        assert.equal((await store.listExpenses(user.id, {})).length, 1);
        // The refused insert used up no number.
        assert.equal((await add(user)).number, first.number + 1);
        const other = await newUser();
        await assert.rejects(add(other, { sourceKey: 'telegram:update:42' }), DuplicateSourceKeyError);
        assert.deepEqual(await store.listExpenses(other.id, {}), []);
      });

      test('a refused duplicate inside a transaction leaves the transaction usable', async () => {
        const user = await newUser();
        await store.transaction(async (trx) => {
          await trx.insertExpense(newExpense(user, { sourceKey: 'k:dup-in-trx' }));
          await assert.rejects(
            trx.insertExpense(newExpense(user, { sourceKey: 'k:dup-in-trx' })),
            DuplicateSourceKeyError,
          );
          await trx.insertExpense(newExpense(user));
        });
        assert.deepEqual(
          (await store.listExpenses(user.id, {})).map((expense) => expense.number),
          [2, 1],
        );
      });

      test("another user can never read, edit, delete or sum someone's expenses, by number or source key", async () => {
        const owner = await newUser();
        const intruder = await newUser();
        const mine = await add(owner, { category: 'Rent', sourceKey: 'owner:rent' });
        assert.equal(await store.findExpenseByNumber(intruder.id, mine.number), undefined);
        assert.equal(await store.findExpenseBySourceKey(intruder.id, 'owner:rent'), undefined);
        assert.equal(await store.latestExpense(intruder.id), undefined);
        assert.equal(
          await store.updateExpense(intruder.id, mine.number, { amount: { minor: 1, currency: 'INR' } }),
          undefined,
        );
        assert.equal(await store.deleteExpense(intruder.id, mine.number, now), false);
        assert.deepEqual(await store.listExpenses(intruder.id, {}), []);
        assert.deepEqual(await yearSums(intruder, 'none'), []);
        assert.equal(await store.findCategorySpelling(intruder.id, 'rent'), undefined);

        // With a #1 of their own, the intruder's edits touch only that one.
        const theirs = await add(intruder, { category: 'Snacks' });
        assert.equal(theirs.number, mine.number);
        await store.updateExpense(intruder.id, theirs.number, { amount: { minor: 5, currency: 'INR' } });
        assert.equal(await store.deleteExpense(intruder.id, theirs.number, now), true);
        assert.deepEqual(await store.findExpenseByNumber(owner.id, mine.number), mine);
        assert.deepEqual(await yearSums(owner, 'none'), [{ currency: 'INR', key: '', minor: 25_000, count: 1 }]);
      });

      test('an update changes only the fields given, and the category key follows the category', async () => {
        const user = await newUser();
        const expense = await add(user, { note: 'weekly shop' });
        const bigger = await store.updateExpense(user.id, expense.number, {
          amount: { minor: 99_999, currency: 'EUR' },
        });
        assert.deepEqual(bigger, { ...expense, amount: { minor: 99_999, currency: 'EUR' } });
        const moved = await store.updateExpense(user.id, expense.number, {
          category: 'Board  Games',
          spentOn: '2026-12-31',
          note: null,
        });
        assert.deepEqual(moved, { ...bigger, category: 'Board  Games', spentOn: '2026-12-31', note: null });
        assert.deepEqual(await yearSums(user, 'category', 'board games'), [
          { currency: 'EUR', key: 'Board  Games', minor: 99_999, count: 1 },
        ]);
        assert.deepEqual(await store.updateExpense(user.id, expense.number, {}), moved);
        assert.equal(await store.updateExpense(user.id, expense.number + 1, { note: 'x' }), undefined);
      });

      test('a deleted expense is gone from lookups, lists, sums and latest; deleting it again reports false', async () => {
        const user = await newUser();
        const kept = await add(user, { amount: { minor: 100, currency: 'INR' } });
        const gone = await add(user, { amount: { minor: 900, currency: 'INR' } });
        assert.equal(await store.deleteExpense(user.id, gone.number, '2026-11-25T07:00:00.000Z'), true);
        assert.equal(await store.deleteExpense(user.id, gone.number, '2026-11-25T07:00:00.000Z'), false);
        assert.equal(await store.findExpenseByNumber(user.id, gone.number), undefined);
        assert.equal(await store.updateExpense(user.id, gone.number, { note: 'back?' }), undefined);
        assert.deepEqual(await store.latestExpense(user.id), kept);
        assert.deepEqual(await store.listExpenses(user.id, {}), [kept]);
        assert.deepEqual(await yearSums(user, 'none'), [{ currency: 'INR', key: '', minor: 100, count: 1 }]);
        assert.deepEqual(await yearSums(user, 'day'), [{ currency: 'INR', key: '2026-11-20', minor: 100, count: 1 }]);
        // The source key still knows the message made an expense, now marked deleted.
        assert.deepEqual(await store.findExpenseBySourceKey(user.id, gone.sourceKey), {
          ...gone,
          deletedAt: '2026-11-25T07:00:00.000Z',
        });
        await assert.rejects(add(user, { sourceKey: gone.sourceKey }), DuplicateSourceKeyError);
      });

      test('listExpenses returns live expenses newest spent-on first, filtered by dates, category and limit', async () => {
        const user = await newUser();
        const a = await add(user, { spentOn: '2026-11-10', category: 'Groceries' });
        const b = await add(user, { spentOn: '2026-11-12', category: 'fuel' });
        const c = await add(user, { spentOn: '2026-11-10', category: 'groceries' });
        const d = await add(user, { spentOn: '2026-11-30', category: 'GROCERIES' });
        const numbers = (list: Array<{ number: number }>) => list.map((expense) => expense.number);
        assert.deepEqual(numbers(await store.listExpenses(user.id, {})), numbers([d, b, c, a]));
        assert.deepEqual(
          numbers(await store.listExpenses(user.id, { from: '2026-11-10', to: '2026-11-12' })),
          numbers([b, c, a]),
        );
        assert.deepEqual(numbers(await store.listExpenses(user.id, { categoryKey: 'groceries' })), numbers([d, c, a]));
        assert.deepEqual(
          numbers(await store.listExpenses(user.id, { categoryKey: 'groceries', from: '2026-11-11', limit: 5 })),
          numbers([d]),
        );
        assert.deepEqual(numbers(await store.listExpenses(user.id, { limit: 2 })), numbers([d, b]));
        assert.deepEqual(await store.listExpenses(user.id, { to: '2026-11-09' }), []);
      });

      test('latestExpense is the one created last, whatever its date', async () => {
        const user = await newUser();
        assert.equal(await store.latestExpense(user.id), undefined);
        await add(user, { spentOn: '2026-11-20' });
        const last = await add(user, { spentOn: '2026-01-01' });
        assert.deepEqual(await store.latestExpense(user.id), last);
      });

      test("findCategorySpelling returns the spelling of the user's latest expense with that key", async () => {
        const user = await newUser();
        await add(user, { category: 'groceries' });
        assert.equal(await store.findCategorySpelling(user.id, 'groceries'), 'groceries');
        await add(user, { category: 'Groceries' });
        assert.equal(await store.findCategorySpelling(user.id, 'groceries'), 'Groceries');
        assert.equal(await store.findCategorySpelling(user.id, 'fuel'), undefined);
        const other = await newUser();
        await add(other, { category: 'GROCERIES' });
        assert.equal(await store.findCategorySpelling(user.id, 'groceries'), 'Groceries');
      });

      test('concurrent inserts for one user get distinct consecutive numbers', async () => {
        const user = await newUser();
        const inserted = await Promise.all(Array.from({ length: 20 }, () => add(user)));
        assert.deepEqual(
          inserted.map((expense) => expense.number).sort((x, y) => x - y),
          Array.from({ length: 20 }, (_, index) => index + 1),
        );
      });
    });

    describe('change proposals', () => {
      const at = (minute: number) => `2026-11-25T07:${String(minute).padStart(2, '0')}:00.000Z`;
      const proposalOf = (user: User, sourceKey: string, expiresAt = at(30)) => ({
        userId: user.id,
        sourceKey,
        changes: [
          {
            kind: 'delete' as const,
            number: 1,
            before: {
              amount: { minor: 12_345, currency: 'INR' },
              category: 'chai ☕',
              note: null,
              spentOn: '2026-11-20',
            },
          },
        ],
        createdAt: at(0),
        expiresAt,
      });

      test('a proposal reads back as saved; saving under its source key again returns it, not a second', async () => {
        const user = await newUser();
        const first = await store.saveProposal(proposalOf(user, `proposal:${++keySequence}`));
        assert.equal(first.status, 'open');
        assert.equal(first.expiresAt, at(30));
        assert.equal(first.decidedAt, null);
        assert.deepEqual(first.changes, proposalOf(user, '').changes);
        const again = await store.saveProposal({ ...proposalOf(user, `proposal:${keySequence}`), changes: [] });
        assert.equal(again.id, first.id);
        assert.deepEqual(again.changes, first.changes);
        assert.deepEqual(await store.findProposal(user.id, first.id), first);
      });

      test('only its user finds or decides a proposal; the latest open unexpired one answers a bare yes', async () => {
        const user = await newUser();
        const other = await newUser();
        const older = await store.saveProposal(proposalOf(user, `proposal:${++keySequence}`));
        const newer = await store.saveProposal(proposalOf(user, `proposal:${++keySequence}`));
        const expired = await store.saveProposal(proposalOf(user, `proposal:${++keySequence}`, at(5)));
        assert.equal(await store.findProposal(other.id, older.id), undefined);
        assert.equal(await store.latestOpenProposal(other.id, at(1)), undefined);
        assert.equal((await store.latestOpenProposal(user.id, at(1)))?.id, expired.id);
        assert.equal((await store.latestOpenProposal(user.id, at(10)))?.id, newer.id);
        assert.equal(await store.decideProposal(other.id, newer.id, 'confirmed', at(10)), false);
        assert.equal(await store.decideProposal(user.id, expired.id, 'confirmed', at(10)), false);
        assert.equal(await store.decideProposal(user.id, newer.id, 'cancelled', at(10)), true);
        assert.equal((await store.latestOpenProposal(user.id, at(10)))?.id, older.id);
        const decided = await store.findProposal(user.id, newer.id);
        assert.equal(decided?.status, 'cancelled');
        assert.equal(decided?.decidedAt, at(10));
        assert.equal(await store.latestOpenProposal(user.id, at(40)), undefined);
      });

      test('confirms racing in separate transactions: exactly one decides the proposal', async () => {
        const user = await newUser();
        const proposal = await store.saveProposal(proposalOf(user, `proposal:${++keySequence}`));
        const results = await Promise.all(
          Array.from({ length: 6 }, () =>
            store.transaction((trx) => trx.decideProposal(user.id, proposal.id, 'confirmed', at(1))),
          ),
        );
        assert.equal(results.filter(Boolean).length, 1);
        assert.equal((await store.findProposal(user.id, proposal.id))?.status, 'confirmed');
      });
    });

    describe('category memory', () => {
      const at = (minute: number) => `2026-11-25T07:${String(minute).padStart(2, '0')}:00.000Z`;

      test('a remembered keyword is found through any keyword of a message, and never by another user', async () => {
        const user = await newUser();
        const other = await newUser();
        assert.equal(await store.findRememberedCategory(user.id, ["haldiram's"]), undefined);
        await store.rememberCategory(user.id, ["haldiram's", 'sweets'], 'food', at(0));
        assert.equal(await store.findRememberedCategory(user.id, ['300', "haldiram's"]), 'food');
        assert.equal(await store.findRememberedCategory(user.id, ['sweets']), 'food');
        assert.equal(await store.findRememberedCategory(user.id, ['nothing', 'here']), undefined);
        assert.equal(await store.findRememberedCategory(user.id, []), undefined);
        assert.equal(await store.findRememberedCategory(other.id, ["haldiram's", 'sweets']), undefined);
      });

      test('teaching a keyword again replaces its category; of several remembered keywords the latest taught wins', async () => {
        const user = await newUser();
        await store.rememberCategory(user.id, ['office'], 'Work Meals', at(1));
        await store.rememberCategory(user.id, ['office'], 'Office Snacks', at(2));
        assert.equal(await store.findRememberedCategory(user.id, ['office']), 'Office Snacks');
        await store.rememberCategory(user.id, ['board games'], 'Hobbies', at(3));
        assert.equal(await store.findRememberedCategory(user.id, ['office', 'board games']), 'Hobbies');
        await store.rememberCategory(user.id, ['office'], 'Work Meals', at(4));
        assert.equal(await store.findRememberedCategory(user.id, ['board games', 'office']), 'Work Meals');
      });

      test('a message with many keywords is looked up as well as one with a few', async () => {
        const user = await newUser();
        const keywords = Array.from({ length: 12 }, (_, index) => `word ${index}`);
        await store.rememberCategory(user.id, [keywords[10] as string], 'Hobbies', at(5));
        assert.equal(await store.findRememberedCategory(user.id, keywords), 'Hobbies');
        assert.equal(await store.findRememberedCategory(user.id, keywords.slice(0, 10)), undefined);
      });

      test("forgetting keywords removes only that user's, and repeated keywords are harmless", async () => {
        const user = await newUser();
        const other = await newUser();
        await store.rememberCategory(user.id, ['chitale', 'chitale', 'kamat'], 'Sweets', at(6));
        await store.rememberCategory(other.id, ['chitale'], 'Gifts', at(6));
        await store.forgetCategoryKeywords(user.id, ['chitale', 'chitale', 'unknown']);
        assert.equal(await store.findRememberedCategory(user.id, ['chitale']), undefined);
        assert.equal(await store.findRememberedCategory(user.id, ['kamat']), 'Sweets');
        assert.equal(await store.findRememberedCategory(other.id, ['chitale']), 'Gifts');
      });

      test('the same keyword taught at once in separate transactions: all succeed, one category stays', async () => {
        const user = await newUser();
        const categories = ['Sweets', 'Gifts', 'Snacks', 'Festivals'];
        await Promise.all(
          categories.map((category, index) =>
            store.transaction((trx) => trx.rememberCategory(user.id, ['chitale'], category, at(10 + index))),
          ),
        );
        const stored = await store.findRememberedCategory(user.id, ['chitale']);
        assert.ok(stored !== undefined && categories.includes(stored), stored);
      });

      test('what a rolled-back transaction taught is forgotten', async () => {
        const user = await newUser();
        await assert.rejects(
          store.transaction(async (trx) => {
            await trx.rememberCategory(user.id, ['chitale'], 'Sweets', at(20));
            throw new Error('handler failed');
          }),
          /handler failed/,
        );
        assert.equal(await store.findRememberedCategory(user.id, ['chitale']), undefined);
      });

      test("listCategorySpellings: the user's live spellings, most used first, ties by name, at most the limit", async () => {
        const user = await newUser();
        const other = await newUser();
        for (const category of ['Board Games', 'Board Games', 'Board Games', 'tea', 'tea', 'Books', 'Art']) {
          await add(user, { category });
        }
        const gone = await add(user, { category: 'Deleted Thing' });
        await store.deleteExpense(user.id, gone.number, now);
        await add(other, { category: 'Secret Hobby' });
        assert.deepEqual(await store.listCategorySpellings(user.id, 200), ['Board Games', 'tea', 'Art', 'Books']);
        assert.deepEqual(await store.listCategorySpellings(user.id, 2), ['Board Games', 'tea']);
        assert.deepEqual(await store.listCategorySpellings((await newUser()).id, 200), []);
      });
    });

    describe('sums', () => {
      test('totals are per currency and exact for large amounts', async () => {
        const user = await newUser();
        // 9,000,000,000,000 minor units spread over rows, next to amounts of another currency.
        for (const minor of [1_000_000_000_000, 2_000_000_000_000, 2_999_999_999_999, 3_000_000_000_000, 1]) {
          await add(user, { amount: { minor, currency: 'INR' } });
        }
        // Beyond 2^52: any float step in between would show.
        for (let i = 0; i < 3; i++) await add(user, { amount: { minor: 3_000_000_000_000_001, currency: 'USD' } });
        await add(user, { amount: { minor: 7, currency: 'EUR' } });
        assert.deepEqual(await yearSums(user, 'none'), [
          { currency: 'EUR', key: '', minor: 7, count: 1 },
          { currency: 'INR', key: '', minor: 9_000_000_000_000, count: 5 },
          { currency: 'USD', key: '', minor: 9_000_000_000_000_003, count: 3 },
        ]);
      });

      test('a total beyond the safe integer range fails instead of being rounded', async () => {
        const user = await newUser();
        await add(user, { amount: { minor: 5_000_000_000_000_000, currency: 'INR' } });
        await add(user, { amount: { minor: 5_000_000_000_000_000, currency: 'INR' } });
        await assert.rejects(yearSums(user, 'none'));
      });

      test('by category: spellings of one key are one group, largest first within each currency', async () => {
        const user = await newUser();
        await add(user, { category: 'Groceries', amount: { minor: 100, currency: 'INR' } });
        await add(user, { category: 'groceries', amount: { minor: 50, currency: 'INR' } });
        await add(user, { category: 'fuel', amount: { minor: 200, currency: 'INR' } });
        await add(user, { category: 'Snacks', amount: { minor: 1, currency: 'INR' } });
        await add(user, { category: 'groceries', amount: { minor: 300, currency: 'AED' } });
        const rows = await yearSums(user, 'category');
        assert.deepEqual(
          rows.map((row) => ({ ...row, key: row.key.toLowerCase() })),
          [
            { currency: 'AED', key: 'groceries', minor: 300, count: 1 },
            { currency: 'INR', key: 'fuel', minor: 200, count: 1 },
            { currency: 'INR', key: 'groceries', minor: 150, count: 2 },
            { currency: 'INR', key: 'snacks', minor: 1, count: 1 },
          ],
        );
        assert.ok(['Groceries', 'groceries'].includes((rows[2] as { key: string }).key));
        assert.deepEqual(await yearSums(user, 'none', 'GROCERIES'), [
          { currency: 'AED', key: '', minor: 300, count: 1 },
          { currency: 'INR', key: '', minor: 150, count: 2 },
        ]);
      });

      test('by day: each date once, in date order, with the period ends included', async () => {
        const user = await newUser();
        for (const spentOn of ['2026-12-31', '2025-12-31', '2026-01-01', '2027-01-01', '2026-06-15', '2026-01-01']) {
          await add(user, { spentOn, amount: { minor: 10, currency: 'INR' } });
        }
        assert.deepEqual(await yearSums(user, 'day'), [
          { currency: 'INR', key: '2026-01-01', minor: 20, count: 2 },
          { currency: 'INR', key: '2026-06-15', minor: 10, count: 1 },
          { currency: 'INR', key: '2026-12-31', minor: 10, count: 1 },
        ]);
        assert.deepEqual(await store.sumExpenses(user.id, { from: '2026-06-15', to: '2026-06-15', groupBy: 'none' }), [
          { currency: 'INR', key: '', minor: 10, count: 1 },
        ]);
      });
    });

    describe('largest expenses and one currency', () => {
      test('largestExpenses ranks one currency by amount, within the dates and category, live and own rows only', async () => {
        const user = await newUser();
        const other = await newUser();
        await add(user, { amount: { minor: 500, currency: 'INR' }, spentOn: '2026-11-02' });
        await add(user, { amount: { minor: 9_000, currency: 'INR' }, spentOn: '2026-11-03', category: 'Rent' });
        await add(user, { amount: { minor: 700, currency: 'INR' }, spentOn: '2026-11-04' });
        await add(user, { amount: { minor: 700, currency: 'INR' }, spentOn: '2026-11-05' });
        await add(user, { amount: { minor: 99_999, currency: 'USD' }, spentOn: '2026-11-04' });
        await add(user, { amount: { minor: 50_000, currency: 'INR' }, spentOn: '2026-10-31' });
        const gone = await add(user, { amount: { minor: 80_000, currency: 'INR' }, spentOn: '2026-11-06' });
        await store.deleteExpense(user.id, gone.number, now);
        await add(other, { amount: { minor: 70_000, currency: 'INR' }, spentOn: '2026-11-04' });
        const november = { from: '2026-11-01', to: '2026-11-30', currency: 'INR' };
        const largest = await store.largestExpenses(user.id, { ...november, limit: 3 });
        // Equal amounts: the later day first.
        assert.deepEqual(
          largest.map((expense) => [expense.amount.minor, expense.spentOn]),
          [
            [9_000, '2026-11-03'],
            [700, '2026-11-05'],
            [700, '2026-11-04'],
          ],
        );
        const groceries = await store.largestExpenses(user.id, { ...november, categoryKey: 'GROCERIES', limit: 1 });
        assert.deepEqual(
          groceries.map((expense) => expense.amount),
          [{ minor: 700, currency: 'INR' }],
        );
        const dollars = await store.largestExpenses(user.id, { ...november, currency: 'usd', limit: 5 });
        assert.deepEqual(
          dollars.map((expense) => expense.amount),
          [{ minor: 99_999, currency: 'USD' }],
        );
      });

      test('a sum limited to one currency leaves the other currencies out, in every grouping', async () => {
        const user = await newUser();
        await add(user, { amount: { minor: 250, currency: 'INR' } });
        await add(user, { amount: { minor: 1_299, currency: 'USD' }, category: 'Shopping' });
        await add(user, { amount: { minor: 1, currency: 'USD' }, category: 'shopping' });
        await add(user, { amount: { minor: 600, currency: 'EUR' } });
        const usd = (groupBy: 'none' | 'category' | 'day') =>
          store.sumExpenses(user.id, { from: '2026-01-01', to: '2026-12-31', groupBy, currency: 'USD' });
        assert.deepEqual(await usd('none'), [{ currency: 'USD', key: '', minor: 1_300, count: 2 }]);
        assert.deepEqual(
          (await usd('category')).map((row) => ({ ...row, key: row.key.toLowerCase() })),
          [{ currency: 'USD', key: 'shopping', minor: 1_300, count: 2 }],
        );
        assert.deepEqual(await usd('day'), [{ currency: 'USD', key: '2026-11-20', minor: 1_300, count: 2 }]);
        assert.deepEqual(
          await store.sumExpenses(user.id, {
            from: '2026-01-01',
            to: '2026-12-31',
            groupBy: 'none',
            currency: 'GBP',
          }),
          [],
        );
      });
    });

    describe('transactions', () => {
      test('a transaction that throws leaves nothing written', async () => {
        const user = await newUser();
        const thread = await store.getThread(user.id);
        await assert.rejects(
          store.transaction(async (trx) => {
            await trx.claimInboundMessage('cli:boom', user.id, now);
            await trx.insertExpense(newExpense(user, { sourceKey: 'cli:boom' }));
            await trx.appendThreadMessages(thread.id, [{ role: 'user', content: 'boom', createdAt: now }]);
            await trx.saveThreadContext(thread.id, { category: 'boom' });
            await trx.updateUserSettings(user.id, { currency: 'USD' });
            throw new Error('boom');
          }),
          /boom/,
        );
        assert.deepEqual(await store.listExpenses(user.id, {}), []);
        assert.equal(await store.findExpenseBySourceKey(user.id, 'cli:boom'), undefined);
        assert.deepEqual(await store.recentThreadMessages(thread.id, 10), []);
        assert.deepEqual((await store.getThread(user.id)).context, {});
        assert.equal((await store.findUserById(user.id))?.currency, 'INR');
        assert.deepEqual(await store.claimInboundMessage('cli:boom', user.id, now), { claimed: true });
        // The number counter rolled back with the rest.
        assert.equal((await add(user)).number, 1);
      });

      test('a transaction commits everything its work wrote and returns its value', async () => {
        const user = await newUser();
        const number = await store.transaction(async (trx) => {
          const first = await trx.insertExpense(newExpense(user));
          await trx.insertExpense(newExpense(user));
          return first.number;
        });
        assert.equal(number, 1);
        assert.equal((await store.listExpenses(user.id, {})).length, 2);
      });

      test('a transaction inside a transaction joins it: a later throw undoes both', async () => {
        const user = await newUser();
        await assert.rejects(
          store.transaction(async (outer) => {
            await outer.transaction((inner) => inner.insertExpense(newExpense(user)));
            throw new Error('after the inner one');
          }),
          /after the inner one/,
        );
        assert.deepEqual(await store.listExpenses(user.id, {}), []);
        await store.transaction((outer) => outer.transaction((inner) => inner.insertExpense(newExpense(user))));
        assert.equal((await store.listExpenses(user.id, {})).length, 1);
      });
    });
  });
}
