import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { defaultDigestSendAt } from '../../src/core/digest/digest-send-at.ts';
import type { User } from '../../src/core/domain/user.ts';
import { createResvgChartRenderer } from '../../src/digest/chart/resvg-chart-renderer.ts';
import { startDigests } from '../../src/jobs/digest/start-digests.ts';
import { createLedgerStore } from '../../src/storage/kysely-ledger-store.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { type OpenedDatabase, openDatabase } from '../../src/storage/open-database.ts';
import { deleteQueueKeys } from '../support/delete-queue-keys.ts';
import { type FakeRateLimitedTelegram, startFakeRateLimitedTelegram } from '../support/fake-rate-limited-telegram.ts';
import { newUser, spend } from './digest-databases.ts';
import { eventually, movableClock, redisUrl } from './digest-harness.ts';
import { telegramDigestSender } from './telegram-digest-sender.ts';

const now = '2030-11-18T09:00:00Z';
const week = '2030-W46';

describe('a digest worker killed mid-fan-out (SQLite file shared by two processes, Redis)', () => {
  let dir: string;
  let database: OpenedDatabase;
  let telegram: FakeRateLimitedTelegram;
  const users: User[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'finbot-digest-'));
    database = await openDatabase(`sqlite:${join(dir, 'finbot.db')}`);
    await migrateToLatest(database.db);
    const store = createLedgerStore(database.db, database.dialect);
    for (let index = 0; index < 40; index++) {
      const user = await store.createUser(newUser(`8000${index}`, { timeZone: 'Europe/London' }));
      await spend(store, user, 2500 + index, 'lunch', '2030-11-12');
      users.push(user);
    }
    telegram = await startFakeRateLimitedTelegram();
  });
  after(async () => {
    await telegram.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the next worker finishes the week with no digest sent twice', async (t) => {
    const prefix = `finbot-test-${randomBytes(6).toString('hex')}`;
    const store = createLedgerStore(database.db, database.dialect);
    const clock = movableClock(now);
    const chart = createResvgChartRenderer({ threads: 1 });
    const common = {
      redisUrl,
      prefix,
      store,
      clock,
      senders: { telegram: telegramDigestSender(telegram) },
      chart,
      defaultSendAt: defaultDigestSendAt,
      rates: { telegram: 20 },
    };
    const producer = await startDigests({ ...common, workers: false });
    assert.equal((await producer.tick()).enqueued, 40);

    const child = fork(new URL('./digest-worker-process.ts', import.meta.url), {
      env: {
        ...process.env,
        DIGEST_TEST_DATABASE_URL: `sqlite:${join(dir, 'finbot.db')}`,
        DIGEST_TEST_REDIS_URL: redisUrl,
        DIGEST_TEST_PREFIX: prefix,
        DIGEST_TEST_NOW: now,
        DIGEST_TEST_TOKEN: telegram.token,
        DIGEST_TEST_API_ROOT: telegram.apiRoot,
      },
      stdio: 'inherit',
    });
    await eventually(() => telegram.received.length >= 12, 20_000, 'the child to send a dozen digests');
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const beforeRestart = telegram.received.length;
    assert.ok(beforeRestart < 40, `killed after ${beforeRestart}`);

    // Minutes later (the dead worker's claims are stale by then) a new worker picks up its stalled jobs.
    clock.set('2030-11-18T09:10:00Z');
    const second = await startDigests({ ...common, lockDurationMs: 1000, stalledIntervalMs: 500 });
    await eventually(
      async () => {
        const counts = await store.countDigestDeliveries(week);
        return (counts.sent ?? 0) + (counts.uncertain ?? 0) === 40;
      },
      30_000,
      'every delivery to be settled',
    );
    await second.close();
    await producer.close();
    await chart.close();
    await deleteQueueKeys(prefix);

    const received = telegram.countsByChat();
    assert.ok(
      [...received.values()].every((count) => count === 1),
      'no user got two digests',
    );
    const deliveries = await store.findDigestDeliveries(
      week,
      users.map((user) => user.id),
    );
    for (const user of users) {
      const delivery = deliveries.get(user.id);
      const got = received.get(user.platformUserId) ?? 0;
      if (delivery?.status === 'sent') assert.equal(got, 1, `${user.platformUserId} is marked sent`);
      else assert.equal(delivery?.status, 'uncertain', `${user.platformUserId}: cut off mid-send at most`);
    }
    // At most the requests in flight when the process died are uncertain.
    const uncertain = (await store.countDigestDeliveries(week)).uncertain ?? 0;
    t.diagnostic(`killed after ${beforeRestart} digests; ${uncertain} left uncertain, the rest sent once`);
    assert.ok(uncertain <= 8);
    assert.equal(telegram.throttled, 0);
  });
});
