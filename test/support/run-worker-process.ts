/** A run worker in its own process, for tests that kill it mid-run. Prints "ready" once it is listening. */
import { createModelRunExecutor } from '../../src/core/assistant/model-run-executor.ts';
import { systemClock } from '../../src/core/time/clock.ts';
import { startJobs } from '../../src/jobs/start-jobs.ts';
import { createLedgerStore } from '../../src/storage/kysely-ledger-store.ts';
import { openDatabase } from '../../src/storage/open-database.ts';
import { testSettings } from './core-harness.ts';
import { createTestModelClient } from './openai-test-style.ts';
import { fastWorkerSettings } from './run-harness.ts';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

// RUN_TIMINGS=production: the lease and BullMQ lock of a real deployment instead of the fast test ones.
const timings =
  process.env.RUN_TIMINGS === 'production'
    ? { ...fastWorkerSettings, leaseMs: 10_000, lockDurationMs: undefined, stalledIntervalMs: undefined }
    : fastWorkerSettings;

const database = await openDatabase(env('DATABASE_URL'));
const store = createLedgerStore(database.db, database.dialect);
// The parent's FINBOT_TEST_OPENAI_STYLE is inherited, so a chat re-run of the kill tests speaks chat here too.
const model = createTestModelClient(env('OPENAI_BASE_URL'));
await startJobs({
  redisUrl: env('REDIS_URL'),
  prefix: env('QUEUE_PREFIX'),
  store,
  clock: systemClock,
  workers: {
    ...timings,
    executor: createModelRunExecutor({
      store,
      clock: systemClock,
      model,
      settings: testSettings,
    }),
    senders: {},
    roles: ['runs'],
  },
});
process.stdout.write('ready\n');
