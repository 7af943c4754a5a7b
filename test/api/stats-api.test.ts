import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseCheck } from '../../src/api/readiness-checks.ts';
import { registerStatsApi } from '../../src/api/register-stats-api.ts';
import { statsJson } from '../../src/api/stats-json.ts';
import type { User } from '../../src/core/domain/user.ts';
import { getWeeklyStats } from '../../src/core/stats/weekly-stats.ts';
import { fixedClock } from '../../src/core/time/clock.ts';
import { createHttpServer, type HttpServer } from '../../src/infra/http/http-server.ts';
import { createFinbotMetrics } from '../../src/infra/metrics.ts';
import { newUser, spend, type TestDatabase, testDatabases } from '../digest/digest-databases.ts';

const token = 'test-token-0123456789';

for (const kind of testDatabases) {
  describe(`stats API (${kind.name})`, () => {
    let db: TestDatabase;
    let http: HttpServer;
    let base: string;
    let asha: User;
    let slackUser: User;
    let redisUp = true;
    const metrics = createFinbotMetrics();
    const serverErrors: unknown[] = [];

    before(async () => {
      db = await kind.open();
      asha = await db.store.createUser(newUser('1001'));
      slackUser = await db.store.createUser(newUser('T0123:U0456', { platform: 'slack', timeZone: 'Europe/London' }));
      const other = await db.store.createUser(newUser('2002'));
      await spend(db.store, asha, 25050, 'groceries', '2026-11-16');
      await spend(db.store, asha, 10025, 'Groceries', '2026-11-18');
      await spend(db.store, asha, 99999, 'fuel', '2026-11-22');
      await spend(db.store, asha, 1999, 'coffee', '2026-11-23', 'USD');
      await spend(db.store, asha, 500, 'snacks', '2026-11-24');
      await spend(db.store, other, 777777, 'groceries', '2026-11-18');
      await spend(db.store, slackUser, 4200, 'lunch', '2026-11-24', 'GBP');
      http = createHttpServer((error) => serverErrors.push(error));
      registerStatsApi(http, {
        store: db.store,
        apiToken: token,
        clock: fixedClock(new Date('2026-11-25T06:30:00Z')),
        checks: { database: databaseCheck(db.database.db), redis: async () => redisUp },
        metrics,
      });
      base = `http://127.0.0.1:${await http.listen(0, '127.0.0.1')}`;
    });
    after(async () => {
      await http.close();
      await db.drop();
    });

    const get = (path: string, auth: string | null = `Bearer ${token}`) =>
      fetch(`${base}${path}`, auth ? { headers: { authorization: auth } } : {});

    test('weekly stats are the same JSON as `finbot stats --json`, with exact sums', async () => {
      const response = await get('/api/v1/users/telegram/1001/stats/weekly?week=2026-W47');
      assert.equal(response.status, 200);
      const body = (await response.json()) as { currencies: Array<{ total: unknown; byCategory: unknown[] }> };
      const expected = JSON.parse(JSON.stringify(statsJson(asha, await getWeeklyStats(db.store, asha, '2026-W47'))));
      assert.deepEqual(body, expected);
      assert.deepEqual(body.currencies[0]?.total, { minor: 135074, amount: '1350.74', count: 3 });
    });

    test('the week defaults to the user’s current week', async () => {
      const body = (await (await get('/api/v1/users/telegram/1001/stats/weekly')).json()) as { week: string };
      assert.equal(body.week, '2026-W48');
    });

    test('range stats group by category, day and week, per currency', async () => {
      const path = '/api/v1/users/telegram/1001/stats?from=2026-11-16&to=2026-11-24';
      const byCategory = (await (await get(`${path}&group=category`)).json()) as {
        currencies: Array<{ currency: string; total: unknown; groups: Array<{ key: string; amount: string }> }>;
      };
      assert.deepEqual(
        byCategory.currencies.map((currency) => currency.currency),
        ['INR', 'USD'],
      );
      assert.deepEqual(byCategory.currencies[0]?.total, { minor: 135574, amount: '1355.74', count: 4 });
      assert.deepEqual(
        byCategory.currencies[0]?.groups.map((row) => [row.key.toLowerCase(), row.amount]),
        [
          ['fuel', '999.99'],
          ['groceries', '350.75'],
          ['snacks', '5.00'],
        ],
      );
      const byWeek = (await (await get(`${path}&group=week`)).json()) as {
        currencies: Array<{ groups: unknown[] }>;
      };
      assert.deepEqual(byWeek.currencies[0]?.groups, [
        { key: '2026-W47', from: '2026-11-16', to: '2026-11-22', minor: 135074, amount: '1350.74', count: 3 },
        { key: '2026-W48', from: '2026-11-23', to: '2026-11-24', minor: 500, amount: '5.00', count: 1 },
      ]);
      const byDay = (await (await get(`${path}&group=day`)).json()) as { currencies: Array<{ groups: unknown[] }> };
      assert.deepEqual(byDay.currencies[1]?.groups, [{ key: '2026-11-23', minor: 1999, amount: '19.99', count: 1 }]);
    });

    test('a Slack user id is taken URL-encoded, and only that user’s data is returned', async () => {
      const response = await get(
        `/api/v1/users/slack/${encodeURIComponent('T0123:U0456')}/stats?from=2026-11-01&to=2026-11-30`,
      );
      assert.equal(response.status, 200);
      const body = (await response.json()) as {
        user: { platformUserId: string };
        currencies: Array<{ currency: string }>;
      };
      assert.equal(body.user.platformUserId, 'T0123:U0456');
      assert.deepEqual(
        body.currencies.map((currency) => currency.currency),
        ['GBP'],
      );
    });

    test('a missing or wrong token is refused with 401', async () => {
      for (const auth of [null, 'Bearer wrong', `Basic ${token}`, token]) {
        const response = await get('/api/v1/users/telegram/1001/stats/weekly', auth);
        assert.equal(response.status, 401, String(auth));
        assert.equal(response.headers.get('www-authenticate'), 'Bearer');
      }
    });

    test('unknown users and paths are 404', async () => {
      assert.equal((await get('/api/v1/users/telegram/9999/stats/weekly')).status, 404);
      assert.equal((await get('/api/v1/users/telegram/9999/stats?from=2026-11-01&to=2026-11-02')).status, 404);
      assert.equal((await get('/api/v1/users/myspace/1001/stats/weekly')).status, 404);
      assert.equal((await get('/api/v1/users/telegram/1001/expenses')).status, 404);
      assert.equal((await get('/api/v1/users/telegram/1001/stats/weekly/extra')).status, 404);
    });

    test('a bad week, date or group is 400 with a message', async () => {
      const cases: Array<[string, RegExp]> = [
        ['/api/v1/users/telegram/1001/stats/weekly?week=2026-47', /ISO week/],
        ['/api/v1/users/telegram/1001/stats/weekly?week=2026-W54', /ISO week/],
        ['/api/v1/users/telegram/1001/stats?from=2026-11-01', /required/],
        ['/api/v1/users/telegram/1001/stats?from=2026-13-01&to=2026-12-01', /not a date/],
        ['/api/v1/users/telegram/1001/stats?from=2026-12-01&to=2026-11-01', /after/],
        ['/api/v1/users/telegram/1001/stats?from=2026-11-01&to=2026-11-30&group=month', /group/],
      ];
      for (const [path, message] of cases) {
        const response = await get(path);
        assert.equal(response.status, 400, path);
        assert.match(((await response.json()) as { error: string }).error, message, path);
      }
    });

    test('weeks, dates and user ids the database cannot take are 400 with a JSON error, never a 500', async () => {
      const longId = 'u'.repeat(129);
      const cases: Array<[string, RegExp]> = [
        ['/api/v1/users/telegram/1001/stats/weekly?week=9999-W52', /not in the years 2000–2100/],
        ['/api/v1/users/telegram/1001/stats/weekly?week=0000-W01', /not in the years 2000–2100/],
        ['/api/v1/users/telegram/1001/stats/weekly?week=1999-W52', /not in the years/],
        ['/api/v1/users/telegram/1001/stats/weekly?week=2101-W01', /not in the years/],
        ['/api/v1/users/telegram/1001/stats/weekly?week=2025-W53', /not an ISO week/],
        ['/api/v1/users/telegram/1001/stats/weekly?week=2026-W00', /not an ISO week/],
        ['/api/v1/users/telegram/1001/stats/weekly?week=%2B2026-W01', /not an ISO week/],
        ['/api/v1/users/telegram/1001/stats/weekly?week=2026-W01%00', /not an ISO week/],
        ['/api/v1/users/telegram/1001/stats?from=0000-01-01&to=0000-01-31', /from "0000-01-01" is not in the years/],
        ['/api/v1/users/telegram/1001/stats?from=2026-11-01&to=9999-12-31', /to "9999-12-31" is not in the years/],
        ['/api/v1/users/telegram/%00/stats/weekly', /control characters/],
        ['/api/v1/users/telegram/1001%00/stats?from=2026-11-01&to=2026-11-30', /control characters/],
        ['/api/v1/users/slack/T0123%3AU0456%0A/stats/weekly', /control characters/],
        [`/api/v1/users/telegram/${longId}/stats/weekly`, /1 to 128 characters/],
        ['/api/v1/users/telegram/%E0%A4/stats/weekly', /URL-encoded/],
      ];
      for (const [path, message] of cases) {
        const response = await get(path);
        assert.equal(response.status, 400, path);
        assert.match(response.headers.get('content-type') ?? '', /application\/json/, path);
        assert.match(((await response.json()) as { error: string }).error, message, path);
      }
      assert.deepEqual(serverErrors, []);
      // The edges of the range are taken.
      assert.equal((await get('/api/v1/users/telegram/1001/stats/weekly?week=2000-W01')).status, 200);
      assert.equal((await get('/api/v1/users/telegram/1001/stats/weekly?week=2100-W52')).status, 200);
      assert.equal((await get('/api/v1/users/telegram/1001/stats/weekly?week=2026-w53')).status, 200);
      assert.equal((await get('/api/v1/users/telegram/1001/stats?from=2000-01-01&to=2000-01-02')).status, 200);
      assert.equal((await get(`/api/v1/users/telegram/${'u'.repeat(128)}/stats/weekly`)).status, 404);
    });

    test('health, readiness and metrics', async () => {
      assert.equal((await get('/healthz', null)).status, 200);
      assert.equal((await get('/readyz', null)).status, 200);
      redisUp = false;
      const notReady = await get('/readyz', null);
      assert.equal(notReady.status, 503);
      assert.deepEqual(await notReady.json(), { status: 'not ready', checks: { database: 'ok', redis: 'failing' } });
      redisUp = true;
      metrics.digests.inc({ platform: 'telegram', status: 'sent' }, 3);
      const text = await (await get('/metrics', null)).text();
      assert.match(text, /# TYPE finbot_digests_total counter/);
      assert.match(text, /finbot_digests_total\{platform="telegram",status="sent"\} 3/);
    });

    test('the OpenAPI document describes the endpoints', async () => {
      const document = (await (await get('/api/v1/openapi.json', null)).json()) as {
        openapi: string;
        paths: Record<string, unknown>;
      };
      assert.equal(document.openapi, '3.1.0');
      assert.deepEqual(Object.keys(document.paths).sort(), [
        '/api/v1/openapi.json',
        '/api/v1/users/{platform}/{platformUserId}/budgets',
        '/api/v1/users/{platform}/{platformUserId}/stats',
        '/api/v1/users/{platform}/{platformUserId}/stats/weekly',
        '/healthz',
        '/metrics',
        '/readyz',
      ]);
    });
  });
}

describe('stats API without API_TOKEN', () => {
  test('is disabled with 503, while health still answers', async () => {
    const http = createHttpServer(() => {});
    registerStatsApi(http, {
      store: {} as never,
      apiToken: undefined,
      clock: fixedClock(new Date()),
      checks: {},
      metrics: createFinbotMetrics(),
    });
    const base = `http://127.0.0.1:${await http.listen(0, '127.0.0.1')}`;
    try {
      const response = await fetch(`${base}/api/v1/users/telegram/1/stats/weekly`, {
        headers: { authorization: 'Bearer anything' },
      });
      assert.equal(response.status, 503);
      assert.equal((await fetch(`${base}/healthz`)).status, 200);
    } finally {
      await http.close();
    }
  });
});
