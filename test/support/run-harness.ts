/**
 * Runs end to end: a SQLite file, the real OpenAI SDK against the fake server (over the API
 * FINBOT_TEST_OPENAI_STYLE names), BullMQ on the real Redis.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createModelRunExecutor } from '../../src/core/assistant/model-run-executor.ts';
import type { LedgerStore } from '../../src/core/ports/ledger-store.ts';
import type { RunScheduler } from '../../src/core/ports/run-scheduler.ts';
import { createMessageHandler } from '../../src/core/service/handle-message.ts';
import type { Reply } from '../../src/core/service/inbound-message.ts';
import { systemClock } from '../../src/core/time/clock.ts';
import { type Jobs, type JobsOptions, startJobs } from '../../src/jobs/start-jobs.ts';
import { createLedgerStore } from '../../src/storage/kysely-ledger-store.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { type OpenedDatabase, openDatabase } from '../../src/storage/open-database.ts';
import { testSettings } from './core-harness.ts';
import { deleteQueueKeys } from './delete-queue-keys.ts';
import { type FakeOpenAI, type FakeTurnSpec, startFakeOpenAI } from './fake-openai-server.ts';
import { createTestModelClient } from './openai-test-style.ts';
import { createRecordingSender, type RecordingSender } from './recording-sender.ts';

export { redisUrl } from './delete-queue-keys.ts';

import { redisUrl } from './delete-queue-keys.ts';

type WorkerSettings = NonNullable<JobsOptions['workers']>;

export interface RunHarness {
  readonly databaseUrl: string;
  readonly prefix: string;
  readonly store: LedgerStore;
  readonly fake: FakeOpenAI;
  readonly sender: RecordingSender;
  /** Sends a message as `user`; `key` defaults to a fresh one. */
  ask(user: string, text: string, key?: string): Promise<Reply>;
  /** Starts (more) workers in this process, e.g. after a worker process was killed. */
  startWorkers(overrides?: Partial<WorkerSettings>): Promise<Jobs>;
  close(): Promise<void>;
}

export interface RunHarnessOptions {
  readonly fallback?: FakeTurnSpec;
  readonly workers?: Partial<WorkerSettings>;
  /** Replaces the queue as the run scheduler (e.g. one that fails, as when Redis is down). */
  readonly scheduler?: RunScheduler;
  /** A queue prefix shared with another harness; its keys are then left for the caller to delete. */
  readonly prefix?: string;
  /** The SQLite file (e.g. a restored copy); it is then left for the caller to delete. */
  readonly databaseFile?: string;
}

export const fastWorkerSettings = {
  runConcurrency: 8,
  deliveryConcurrency: 4,
  maxAttempts: 3,
  leaseMs: 3000,
  backoffMs: () => 200,
  sweepEveryMs: 300,
  staleMs: 500,
  lockDurationMs: 2000,
  stalledIntervalMs: 1000,
} as const;

export async function createRunHarness(options: RunHarnessOptions = {}): Promise<RunHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'finbot-runs-'));
  const databaseUrl = `sqlite:${options.databaseFile ?? join(dir, 'finbot.db')}`;
  const database: OpenedDatabase = await openDatabase(databaseUrl);
  await migrateToLatest(database.db);
  const store = createLedgerStore(database.db, database.dialect);
  const fake = await startFakeOpenAI(options.fallback ? { fallback: options.fallback } : {});
  const model = createTestModelClient(fake.baseURL);
  const sender = createRecordingSender();
  const prefix = options.prefix ?? `finbot-test-${randomUUID()}`;
  const started: Jobs[] = [];

  const startWorkers = async (overrides: Partial<WorkerSettings> = {}) => {
    const settings = { ...fastWorkerSettings, ...options.workers, ...overrides };
    const executor = createModelRunExecutor({
      store,
      clock: systemClock,
      model,
      settings: testSettings,
    });
    const jobs = await startJobs({
      redisUrl,
      prefix,
      store,
      clock: systemClock,
      workers: { executor, senders: { cli: sender }, ...settings },
    });
    started.push(jobs);
    return jobs;
  };
  const jobs = await startWorkers();
  const handle = createMessageHandler({
    store,
    clock: systemClock,
    settings: testSettings,
    runScheduler: options.scheduler ?? jobs.runs,
  });

  return {
    databaseUrl,
    prefix,
    store,
    fake,
    sender,
    startWorkers,
    ask: (user, text, key = `test:${randomUUID()}`) =>
      handle({
        platform: 'cli',
        platformUserId: user,
        displayName: user,
        key,
        text,
        replyTarget: { platform: 'cli', address: { messageKey: key, user } },
      }),
    async close() {
      for (const jobs of started.reverse()) await jobs.close();
      await fake.close();
      await database.close();
      if (!options.prefix) await deleteQueueKeys(prefix);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
