/** GET /api/v1/users/{platform}/{id}/budgets: each budget's state from SQL, behind the API's bearer token. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { registerStatsApi } from '../../src/api/register-stats-api.ts';
import { checkBudgetAlerts } from '../../src/core/budgets/check-budget-alerts.ts';
import type { User } from '../../src/core/domain/user.ts';
import { fixedClock } from '../../src/core/time/clock.ts';
import { createHttpServer, type HttpServer } from '../../src/infra/http/http-server.ts';
import { createFinbotMetrics } from '../../src/infra/metrics.ts';
import { newUser, spend, type TestDatabase, testDatabases } from '../digest/digest-databases.ts';

const token = 'budget-token-0123456789';
/** Wednesday 25 November 2026, noon in Kolkata. */
const now = '2026-11-25T06:30:00.000Z';

for (const kind of testDatabases) {
  describe(`budgets API (${kind.name})`, () => {
    let db: TestDatabase;
    let http: HttpServer;
    let base: string;
    let asha: User;

    before(async () => {
      db = await kind.open();
      asha = await db.store.createUser(newUser('b1001'));
      const other = await db.store.createUser(newUser('b2002'));
      const set = (user: User, category: string | null, minor: number, period: 'week' | 'month', currency = 'INR') =>
        db.store.setBudget({ userId: user.id, category, amount: { minor, currency }, period, createdAt: now });
      await set(asha, null, 20000_00, 'month');
      await set(asha, 'groceries', 400_00, 'month');
      await set(asha, 'coffee', 10_00, 'week', 'USD');
      await set(other, 'groceries', 1_00, 'month');
      await spend(db.store, asha, 250_50, 'groceries', '2026-11-16');
      await spend(db.store, asha, 100_25, 'Groceries', '2026-11-24');
      await spend(db.store, asha, 999_99, 'fuel', '2026-11-22');
      await spend(db.store, asha, 12_00, 'coffee', '2026-11-23', 'USD');
      await spend(db.store, asha, 5_00, 'coffee', '2026-11-22', 'USD');
      await spend(db.store, other, 7777_77, 'groceries', '2026-11-18');
      const [latest] = await db.store.listExpenses(asha.id, { categoryKey: 'groceries', limit: 1 });
      if (!latest) throw new Error('no groceries');
      await checkBudgetAlerts(db.store, asha, { expense: latest, sourceKey: 'api-test', today: '2026-11-25', now });
      http = createHttpServer(() => {});
      registerStatsApi(http, {
        store: db.store,
        apiToken: token,
        clock: fixedClock(new Date(now)),
        checks: {},
        metrics: createFinbotMetrics(),
      });
      base = `http://127.0.0.1:${await http.listen(0, '127.0.0.1')}`;
    });
    after(async () => {
      await http.close();
      await db.drop();
    });

    const get = (path: string, auth: string | null = `Bearer ${token}`) =>
      fetch(`${base}${path}`, auth ? { headers: { authorization: auth } } : {});

    test('each budget with amount, spent, remaining, percent, period and days left, summed by the database', async () => {
      const response = await get('/api/v1/users/telegram/b1001/budgets');
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const body = (await response.json()) as { date: string; budgets: Array<Record<string, unknown>> };
      assert.equal(body.date, '2026-11-25');
      const withoutIds = body.budgets.map(({ id: _id, ...rest }) => rest);
      assert.deepEqual(withoutIds, [
        {
          category: null,
          period: 'month',
          currency: 'INR',
          from: '2026-11-01',
          to: '2026-11-30',
          amount: { minor: 2000000, amount: '20000.00' },
          spent: { minor: 135074, amount: '1350.74' },
          remaining: { minor: 1864926, amount: '18649.26' },
          percent: 6,
          daysLeft: 6,
          alerted: [],
        },
        {
          category: 'coffee',
          period: 'week',
          currency: 'USD',
          from: '2026-11-23',
          to: '2026-11-29',
          amount: { minor: 1000, amount: '10.00' },
          spent: { minor: 1200, amount: '12.00' },
          remaining: { minor: -200, amount: '-2.00' },
          percent: 120,
          daysLeft: 5,
          alerted: [],
        },
        {
          category: 'groceries',
          period: 'month',
          currency: 'INR',
          from: '2026-11-01',
          to: '2026-11-30',
          amount: { minor: 40000, amount: '400.00' },
          spent: { minor: 35075, amount: '350.75' },
          remaining: { minor: 4925, amount: '49.25' },
          percent: 87,
          daysLeft: 6,
          alerted: [80],
        },
      ]);
    });

    test('?date= shows the budgets on that day, counting spending up to it', async () => {
      const body = (await (await get('/api/v1/users/telegram/b1001/budgets?date=2026-11-20')).json()) as {
        budgets: Array<{ category: string | null; spent: { minor: number }; from: string; daysLeft: number }>;
      };
      const groceries = body.budgets.find((budget) => budget.category === 'groceries');
      assert.equal(groceries?.spent.minor, 250_50);
      assert.equal(groceries?.daysLeft, 11);
      const coffee = body.budgets.find((budget) => budget.category === 'coffee');
      assert.equal(coffee?.from, '2026-11-16');
      assert.equal(coffee?.spent.minor, 0);
    });

    test('bad input is a 400, an unknown user a 404, no token a 401', async () => {
      assert.equal((await get('/api/v1/users/telegram/b1001/budgets?date=2026-13-01')).status, 400);
      assert.equal((await get('/api/v1/users/telegram/b1001/budgets?date=1999-01-01')).status, 400);
      assert.equal((await get('/api/v1/users/telegram/nobody/budgets')).status, 404);
      assert.equal((await get('/api/v1/users/fax/b1001/budgets')).status, 404);
      assert.equal((await get('/api/v1/users/telegram/b1001/budgets', null)).status, 401);
      assert.equal((await get('/api/v1/users/telegram/b1001/budgets/extra')).status, 404);
      const empty = (await (await get('/api/v1/users/telegram/b2002/budgets')).json()) as {
        budgets: Array<{ spent: { minor: number } }>;
      };
      // Another user's budgets count only their own spending.
      assert.deepEqual(
        empty.budgets.map((budget) => budget.spent.minor),
        [7777_77],
      );
    });
  });
}
