/** A digest send worker in a process of its own, for the test that kills one mid-fan-out (SIGKILL, no goodbye). */
import { defaultDigestSendAt } from '../../src/core/digest/digest-send-at.ts';
import { fixedClock } from '../../src/core/time/clock.ts';
import { createResvgChartRenderer } from '../../src/digest/chart/resvg-chart-renderer.ts';
import { startDigests } from '../../src/jobs/digest/start-digests.ts';
import { createLedgerStore } from '../../src/storage/kysely-ledger-store.ts';
import { openDatabase } from '../../src/storage/open-database.ts';
import { telegramDigestSender } from './telegram-digest-sender.ts';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const database = await openDatabase(env('DIGEST_TEST_DATABASE_URL'));
await startDigests({
  redisUrl: env('DIGEST_TEST_REDIS_URL'),
  prefix: env('DIGEST_TEST_PREFIX'),
  store: createLedgerStore(database.db, database.dialect),
  clock: fixedClock(new Date(env('DIGEST_TEST_NOW'))),
  senders: {
    telegram: telegramDigestSender({ token: env('DIGEST_TEST_TOKEN'), apiRoot: env('DIGEST_TEST_API_ROOT') }),
  },
  chart: createResvgChartRenderer({ threads: 1 }),
  defaultSendAt: defaultDigestSendAt,
  rates: { telegram: 20 },
  lockDurationMs: 1000,
  stalledIntervalMs: 500,
});
process.send?.('ready');
