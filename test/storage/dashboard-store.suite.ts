/**
 * The DashboardStore contract, registered once per database: a login link is used at most once (also by
 * concurrent requests) and never after it expires, sessions end when deleted or expired, and expense pages
 * are the one user's, filtered, counted and paged by the database.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { User } from '../../src/core/domain/user.ts';
import type { DashboardStore } from '../../src/core/ports/dashboard-store.ts';
import type { LedgerStore } from '../../src/core/ports/ledger-store.ts';
import { issueLoginLink, sha256Hex } from '../../src/core/service/login-link.ts';
import { createLedgerStore } from '../../src/storage/kysely-ledger-store.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { createDashboardStore } from '../../src/storage/web/kysely-dashboard-store.ts';
import type { FreshDatabase } from './ledger-store.suite.ts';

const now = '2026-12-03T06:30:00.000Z';
const minutesLater = (minutes: number) => new Date(Date.parse(now) + minutes * 60_000).toISOString();
const tokenOf = (url: string) => new URL(url).searchParams.get('token') ?? '';

export function dashboardStoreSuite(name: string, openFresh: () => Promise<FreshDatabase>): void {
  describe(`${name}: dashboard`, () => {
    let fresh: FreshDatabase | undefined;
    let store: LedgerStore;
    let dashboard: DashboardStore;
    let asha: User;
    let ravi: User;

    before(async () => {
      fresh = await openFresh();
      await migrateToLatest(fresh.database.db);
      store = createLedgerStore(fresh.database.db, fresh.database.dialect);
      dashboard = createDashboardStore(fresh.database.db, fresh.database.dialect);
      const defaults = {
        timeZone: 'Asia/Kolkata',
        currency: 'INR',
        locale: 'en-IN',
        weekStart: 1 as const,
        digestEnabled: true,
      };
      asha = await store.createUser({ ...defaults, platform: 'cli', platformUserId: 'asha', displayName: 'Asha' });
      ravi = await store.createUser({ ...defaults, platform: 'cli', platformUserId: 'ravi', displayName: 'Ravi' });
      const rows: Array<[User, string, string, number, string | null]> = [
        [asha, '2026-11-30', 'groceries', 25000, 'weekly market'],
        [asha, '2026-12-01', 'coffee', 12000, 'flat white'],
        [asha, '2026-12-02', 'transport', 30000, 'metro 50% off_peak'],
        [asha, '2026-12-03', 'Groceries', 43050, null],
        [ravi, '2026-12-02', 'coffee', 9900, 'flat white'],
      ];
      for (const [index, [user, spentOn, category, minor, note]] of rows.entries()) {
        await store.insertExpense({
          userId: user.id,
          amount: { minor, currency: 'INR' },
          category,
          note,
          spentOn,
          sourceKey: `dashboard-suite:${index}`,
          createdAt: now,
        });
      }
    });
    after(() => fresh?.drop());

    test('a link signs in its user once; a second use, an expired link and an unknown token are told apart', async () => {
      const link = await issueLoginLink(store, asha.id, now, 'https://finbot.example/dashboard');
      const hash = await sha256Hex(tokenOf(link.url));
      assert.deepEqual(await dashboard.peekLoginLink(hash, minutesLater(1)), { state: 'usable', userId: asha.id });
      assert.deepEqual(await dashboard.redeemLoginLink(hash, minutesLater(1)), { state: 'usable', userId: asha.id });
      assert.deepEqual(await dashboard.redeemLoginLink(hash, minutesLater(2)), { state: 'used' });
      const late = await issueLoginLink(store, asha.id, now, 'https://finbot.example/dashboard');
      const lateHash = await sha256Hex(tokenOf(late.url));
      assert.deepEqual(await dashboard.redeemLoginLink(lateHash, minutesLater(15)), { state: 'expired' });
      assert.deepEqual(await dashboard.redeemLoginLink(await sha256Hex('no-such-token'), now), { state: 'unknown' });
    });

    test('ten requests racing with one link: exactly one signs in', async () => {
      const link = await issueLoginLink(store, ravi.id, now, 'https://finbot.example/dashboard');
      const hash = await sha256Hex(tokenOf(link.url));
      const results = await Promise.all(
        Array.from({ length: 10 }, () => dashboard.redeemLoginLink(hash, minutesLater(1))),
      );
      assert.equal(results.filter((result) => result.state === 'usable').length, 1);
      assert.equal(results.filter((result) => result.state === 'used').length, 9);
    });

    test('a session is found until it expires or is deleted', async () => {
      await dashboard.createSession({
        userId: asha.id,
        tokenHash: await sha256Hex('session-a'),
        csrfToken: 'csrf-a',
        theme: '{"bg_color":"#000000"}',
        createdAt: now,
        expiresAt: minutesLater(60),
      });
      const found = await dashboard.findSession(await sha256Hex('session-a'), minutesLater(59));
      assert.deepEqual(found, {
        userId: asha.id,
        csrfToken: 'csrf-a',
        theme: '{"bg_color":"#000000"}',
        expiresAt: minutesLater(60),
      });
      assert.equal(await dashboard.findSession(await sha256Hex('session-a'), minutesLater(60)), undefined);
      await dashboard.deleteSession(await sha256Hex('session-a'));
      assert.equal(await dashboard.findSession(await sha256Hex('session-a'), now), undefined);
    });

    test('pages hold only the user’s expenses, filtered by period, category and text, with the full count', async () => {
      const all = await dashboard.pageExpenses(asha.id, { offset: 0, limit: 50 });
      assert.equal(all.total, 4);
      assert.deepEqual(
        all.expenses.map((expense) => expense.number),
        [4, 3, 2, 1],
      );
      const second = await dashboard.pageExpenses(asha.id, { offset: 2, limit: 2 });
      assert.deepEqual([second.total, second.expenses.map((expense) => expense.number)], [4, [2, 1]]);
      const groceries = await dashboard.pageExpenses(asha.id, { categoryKey: 'groceries', offset: 0, limit: 50 });
      assert.deepEqual(
        groceries.expenses.map((expense) => expense.number),
        [4, 1],
      );
      const december = await dashboard.pageExpenses(asha.id, {
        from: '2026-12-01',
        to: '2026-12-02',
        offset: 0,
        limit: 50,
      });
      assert.deepEqual(
        december.expenses.map((expense) => expense.number),
        [3, 2],
      );
      const white = await dashboard.pageExpenses(asha.id, { text: 'WHITE', offset: 0, limit: 50 });
      assert.deepEqual([white.total, white.expenses.map((expense) => expense.userId)], [1, [asha.id]]);
      // "%" and "_" are matched as themselves, not as wildcards.
      const percent = await dashboard.pageExpenses(asha.id, { text: '50%', offset: 0, limit: 50 });
      assert.deepEqual(
        percent.expenses.map((expense) => expense.number),
        [3],
      );
      const underscore = await dashboard.pageExpenses(asha.id, { text: 'e_k', offset: 0, limit: 50 });
      assert.equal(underscore.total, 0);
      assert.deepEqual(await dashboard.listCategories(asha.id), ['coffee', 'Groceries', 'transport']);
      assert.deepEqual(await dashboard.listCategories(ravi.id), ['coffee']);
    });

    test('a deleted expense comes back once, and only for its own user', async () => {
      assert.ok(await store.deleteExpense(asha.id, 2, now));
      assert.equal(await dashboard.restoreExpense(ravi.id, 2), false);
      assert.equal((await store.findExpenseByNumber(asha.id, 2))?.category, undefined);
      assert.equal(await dashboard.restoreExpense(asha.id, 2), true);
      assert.equal(await dashboard.restoreExpense(asha.id, 2), false);
      assert.equal((await store.findExpenseByNumber(asha.id, 2))?.category, 'coffee');
    });
  });
}
