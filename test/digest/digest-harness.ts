/** A digest pipeline over a fresh database, real Redis (own prefix) and the fake rate-limited Telegram, with a movable clock. */

import { randomBytes } from 'node:crypto';
import { defaultDigestSendAt } from '../../src/core/digest/digest-send-at.ts';
import type { Clock } from '../../src/core/time/clock.ts';
import { createResvgChartRenderer } from '../../src/digest/chart/resvg-chart-renderer.ts';
import { type Digests, type DigestsOptions, startDigests } from '../../src/jobs/digest/start-digests.ts';
import { deleteQueueKeys } from '../support/delete-queue-keys.ts';
import { type FakeRateLimitedTelegram, startFakeRateLimitedTelegram } from '../support/fake-rate-limited-telegram.ts';
import type { TestDatabase, TestDatabaseKind } from './digest-databases.ts';
import { telegramDigestSender } from './telegram-digest-sender.ts';

export const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface MovableClock extends Clock {
  set(iso: string): void;
}

export function movableClock(iso: string): MovableClock {
  let instant = new Date(iso);
  return {
    now: () => new Date(instant.getTime()),
    set: (next) => {
      instant = new Date(next);
    },
  };
}

export interface DigestHarness {
  readonly db: TestDatabase;
  readonly telegram: FakeRateLimitedTelegram;
  readonly clock: MovableClock;
  readonly prefix: string;
  /** Starts a digest process (workers, no cron: ticks are called directly); several may run at once. */
  start(overrides?: Partial<DigestsOptions>): Promise<Digests>;
  close(): Promise<void>;
}

/** `prefix`: QUEUE_PREFIX, shared when a test puts two deployments on one Redis (own by default). */
export async function createDigestHarness(
  kind: TestDatabaseKind,
  now: string,
  prefix = `finbot-test-${randomBytes(6).toString('hex')}`,
): Promise<DigestHarness> {
  const db = await kind.open();
  const telegram = await startFakeRateLimitedTelegram();
  const clock = movableClock(now);
  const started: Digests[] = [];
  // Rasterising in a worker thread keeps this process's event loop (which also runs the fake) on time.
  const chart = createResvgChartRenderer({ threads: 1 });
  return {
    db,
    telegram,
    clock,
    prefix,
    async start(overrides = {}) {
      const digests = await startDigests({
        redisUrl,
        prefix,
        store: db.store,
        clock,
        senders: { telegram: telegramDigestSender(telegram) },
        chart,
        defaultSendAt: defaultDigestSendAt,
        retry: { attempts: 3, backoffMs: 100 },
        // Below the fake's 30/s with room to spare: the fake shares this process's event loop, so chart rendering
        // in other jobs can delay when it sees a request. The benchmark runs it in a process of its own at full rate.
        rates: { telegram: 20 },
        ...overrides,
      });
      started.push(digests);
      return digests;
    },
    async close() {
      for (const digests of started) await digests.close();
      await chart.close();
      await telegram.close();
      await deleteQueueKeys(prefix);
      await db.drop();
    },
  };
}

/** Waits until `count` deliveries of `week` are in the database as sent. */
export async function eventuallySent(harness: DigestHarness, week: string, count: number): Promise<void> {
  await eventually(
    async () => ((await harness.db.store.countDigestDeliveries(week)).sent ?? 0) >= count,
    20_000,
    `${count} deliveries of ${week} marked sent`,
  );
}

/** Polls until `check` holds, failing after `timeoutMs`. */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 15_000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
