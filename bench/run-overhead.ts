/**
 * What the queue path adds to a model question: message in → run stored and queued on BullMQ → a run worker
 * runs it (tool call, SQL, grounding) → a delivery job → the reply handed to the sender, with a model that
 * answers at once. SQLite file, Redis at TEST_REDIS_URL (default 127.0.0.1:6379), finbot's default run settings.
 *   node bench/run-overhead.ts [--questions 200] [--warmup 20] [--users 20] [--model instant|fake]
 * `--model fake` sends both model calls through the OpenAI SDK to the fake model server (0 ms per answer).
 * Target: p50 < 20 ms from message in to reply sent.
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { parseConfig } from '../src/app/config.ts';
import { runSettingsFrom } from '../src/app/run-settings.ts';
import { createOpenAIResponsesClient } from '../src/assistant/openai-responses-client.ts';
import type { ModelClient } from '../src/core/assistant/model-client.ts';
import { createModelRunExecutor } from '../src/core/assistant/model-run-executor.ts';
import { createMessageHandler } from '../src/core/service/handle-message.ts';
import { systemClock } from '../src/core/time/clock.ts';
import { startJobs } from '../src/jobs/start-jobs.ts';
import { createLedgerStore } from '../src/storage/kysely-ledger-store.ts';
import { deleteQueueKeys, redisUrl } from '../test/support/delete-queue-keys.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../test/support/fake-openai-server.ts';
import { summaryModel } from '../test/support/summary-model.ts';
import { openBenchDatabase, percentile } from './support/bench-database.ts';
import { benchSettings } from './support/bench-settings.ts';
import { createInstantModel } from './support/instant-model.ts';
import { createReplyWaiter } from './support/reply-waiter.ts';

const { values } = parseArgs({
  options: {
    questions: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '20' },
    users: { type: 'string', default: '20' },
    model: { type: 'string', default: 'instant' },
  },
});
const questions = Number(values.questions);
const warmup = Number(values.warmup);
const users = Array.from({ length: Number(values.users) }, (_, index) => `overhead-user-${index + 1}`);
const targetP50Ms = 20;

await requireRedis();
const { database, drop } = await openBenchDatabase('sqlite');
const store = createLedgerStore(database.db, database.dialect);
let fake: FakeOpenAI | undefined;
let model: ModelClient = createInstantModel();
if (values.model === 'fake') {
  fake = await startFakeOpenAI({ fallback: summaryModel() });
  model = createOpenAIResponsesClient({ baseURL: fake.baseURL, apiKey: 'sk-bench', model: 'fake-model' });
}
const prefix = `finbot-bench-${randomUUID()}`;
const sender = createReplyWaiter();
const executor = createModelRunExecutor({ store, clock: systemClock, model, settings: benchSettings });
const jobs = await startJobs({
  redisUrl,
  prefix,
  store,
  clock: systemClock,
  workers: { ...runSettingsFrom(parseConfig({})), executor, senders: { cli: sender } },
});
const handle = createMessageHandler({ store, clock: systemClock, settings: benchSettings, runScheduler: jobs.runs });
let sequence = 0;
const send = (user: string, text: string) => {
  const key = `bench:${++sequence}`;
  return {
    key,
    reply: handle({
      platform: 'cli',
      platformUserId: user,
      displayName: user,
      key,
      text,
      replyTarget: { platform: 'cli', address: { messageKey: key, user } },
    }),
  };
};

try {
  // Each user has a little spending for the tool to sum.
  for (const user of users)
    for (const text of ['250 groceries', '120 coffee', '80 snacks']) await send(user, text).reply;

  const total: number[] = [];
  const handler: number[] = [];
  const queued: number[] = [];
  let cpu = process.cpuUsage();
  for (let index = 0; index < warmup + questions; index++) {
    // The CPU time moves less than latency on a shared machine; Redis's own is not in it.
    if (index === warmup) cpu = process.cpuUsage();
    const started = performance.now();
    const { key, reply } = send(users[index % users.length] as string, 'anything unusual this week?');
    const answer = await reply;
    if (answer.kind !== 'queued') throw new Error(`expected the question to be queued, got ${answer.kind}`);
    const accepted = performance.now();
    const delivered = await sender.deliveredAt(key, 30_000);
    if (index < warmup) continue;
    total.push(delivered - started);
    handler.push(accepted - started);
    queued.push(delivered - accepted);
  }
  const cpuUsed = process.cpuUsage(cpu);
  for (const samples of [total, handler, queued]) samples.sort((a, b) => a - b);
  const line = (name: string, samples: number[]) =>
    `${name.padEnd(34)} p50 ${percentile(samples, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(samples, 95).toFixed(1).padStart(6)} ms  p99 ${percentile(samples, 99).toFixed(1).padStart(6)} ms  max ${(samples.at(-1) ?? 0).toFixed(1).padStart(6)} ms`;
  console.log(
    `${questions} questions one after another (after ${warmup} warm-up), ${users.length} users, model: ${values.model}, SQLite file, Redis ${redisUrl}`,
  );
  console.log(line('message in → reply sent', total));
  console.log(line('  of which message in → queued', handler));
  console.log(line('  of which queued → reply sent', queued));
  console.log(
    `finbot's CPU per question (this process: handler, queues, workers): ${((cpuUsed.user + cpuUsed.system) / 1000 / questions).toFixed(2)} ms`,
  );
  const p50 = percentile(total, 50);
  console.log(
    `${p50 < targetP50Ms ? 'PASS' : 'FAIL'}  p50 ${p50.toFixed(1)} ms; target p50 < ${targetP50Ms} ms, ratio ${(p50 / targetP50Ms).toFixed(2)}`,
  );
  process.exitCode = p50 < targetP50Ms ? 0 : 1;
} finally {
  await jobs.close();
  await deleteQueueKeys(prefix);
  await fake?.close();
  await drop();
}

async function requireRedis(): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
  try {
    await redis.connect();
    await redis.ping();
  } catch {
    console.error(`bench: no Redis at ${redisUrl}; start one (redis-server --daemonize yes) or set TEST_REDIS_URL`);
    process.exit(2);
  } finally {
    redis.disconnect();
  }
}
