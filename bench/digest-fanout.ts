/**
 * Digest benchmarks. (1) The SQL part: build every digest of one week for 10,000 users holding 1,000,000
 * expenses (SQLite, and PostgreSQL when reachable); target under 10 s. (2) The fan-out: send those digests
 * (text + PNG chart) through a fake Telegram that allows 30 messages in any sliding second and answers 429
 * beyond; target a sustained ≥ 28 messages/s with no 429, measured over BENCH_SECONDS (default 60).
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pg from 'pg';
import { createSenderApi } from '../src/bots/telegram/create-sender-api.ts';
import { createTelegramSender } from '../src/bots/telegram/telegram-sender.ts';
import { buildDigest, buildDigests } from '../src/core/digest/build-digests.ts';
import { defaultDigestSendAt } from '../src/core/digest/digest-send-at.ts';
import { renderDigestText } from '../src/core/digest/render-digest-text.ts';
import type { WeeklyDigest } from '../src/core/digest/weekly-digest.ts';
import type { User } from '../src/core/domain/user.ts';
import type { LedgerStore } from '../src/core/ports/ledger-store.ts';
import { fixedClock } from '../src/core/time/clock.ts';
import { createResvgChartRenderer } from '../src/digest/chart/resvg-chart-renderer.ts';
import { startDigests } from '../src/jobs/digest/start-digests.ts';
import { createLedgerStore } from '../src/storage/kysely-ledger-store.ts';
import type { OpenedDatabase } from '../src/storage/open-database.ts';
import { openSeededDatabase } from './support/seeded-database.ts';

const userCount = Number(process.env.BENCH_USERS ?? 10_000);
const expenseCount = Number(process.env.BENCH_EXPENSES ?? 1_000_000);
const fanoutSeconds = Number(process.env.BENCH_SECONDS ?? 60);
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const postgresUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** Monday 12:00 UTC: every user (Europe/London) is due for 2030-W46, 11–17 Nov. */
const now = '2030-11-18T12:00:00Z';
const week = '2030-W46';
/** Expenses spread over the 70 days before the week ends: about 10 per user per week. */
const firstDay = '2030-09-09';
const days = 70;

const buildTarget = 10;
const rateTarget = 28;

async function allUsers(store: LedgerStore): Promise<User[]> {
  const users: User[] = [];
  for (;;) {
    const page = await store.listUsers({ afterId: users.at(-1)?.id ?? 0, limit: 1000, digestEnabled: true });
    users.push(...page);
    if (page.length < 1000) return users;
  }
}

/** Builds every user's digest one user at a time, as send jobs do (the SQL part), then renders the texts; seconds for each. */
async function buildAll(
  store: LedgerStore,
  users: ReadonlyArray<User>,
  parallel: number,
): Promise<{ sql: number; text: number }> {
  const started = performance.now();
  let next = 0;
  const digests: Array<{ user: User; digest: WeeklyDigest }> = [];
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < users.length) {
        const user = users[next++] as User;
        digests.push({ user, digest: await buildDigest(store, user, week) });
      }
    }),
  );
  const built = performance.now();
  let characters = 0;
  for (const { user, digest } of digests) characters += renderDigestText(digest, user).length;
  if (characters === 0) throw new Error('no digest text');
  return { sql: (built - started) / 1000, text: (performance.now() - built) / 1000 };
}

async function openSeeded(
  kind: 'sqlite' | 'postgres',
): Promise<{ database: OpenedDatabase; drop: () => Promise<void> }> {
  return openSeededDatabase(kind, { userCount, expenseCount, firstDay, days });
}

interface TelegramStats {
  now: number;
  throttledAt: number[];
  times: number[];
  received: number;
  photos: number;
  chats: number;
  throttled: number;
  peakPerSecond: number;
}

async function fanout(database: OpenedDatabase): Promise<void> {
  const child = fork(new URL('./digest-fanout-telegram.ts', import.meta.url), { stdio: 'inherit' });
  const ready = await new Promise<{ apiRoot: string; token: string }>((resolve) =>
    child.once('message', (message) => resolve(message as { apiRoot: string; token: string })),
  );
  const stats = () =>
    new Promise<TelegramStats>((resolve) => {
      child.once('message', (message) => resolve(message as TelegramStats));
      child.send({ type: 'stats' });
    });
  const prefix = `finbot-bench-${randomBytes(6).toString('hex')}`;
  const store = createLedgerStore(database.db, database.dialect);
  let failures = 0;
  // One worker thread rasterises charts, so the thread that paces the sends stays on time.
  const chart = createResvgChartRenderer({ threads: 1 });
  const digests = await startDigests({
    redisUrl,
    prefix,
    store,
    clock: fixedClock(new Date(now)),
    senders: {
      telegram: createTelegramSender({ api: createSenderApi({ token: ready.token, apiRoot: ready.apiRoot }) }).digests,
    },
    chart,
    defaultSendAt: defaultDigestSendAt,
    onFailure: () => {
      failures++;
    },
  });
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  loopDelay.enable();
  const tickStarted = performance.now();
  const report = await digests.tick();
  const tickSeconds = (performance.now() - tickStarted) / 1000;
  console.log(`tick: ${report.due} due, ${report.enqueued} queued in ${tickSeconds.toFixed(2)} s`);
  await new Promise((resolve) => setTimeout(resolve, fanoutSeconds * 1000));
  const final = await stats();
  loopDelay.disable();
  await digests.close();
  await chart.close();
  child.send({ type: 'stop' });

  // Sustained rate: from the 2nd second after the first message to the last one, so start-up is left out.
  const times = final.times;
  const first = times[0] ?? 0;
  const window = times.filter((time) => time >= first + 2000);
  const seconds = ((window.at(-1) ?? first) - (window[0] ?? first)) / 1000;
  const rate = seconds > 0 ? (window.length - 1) / seconds : 0;
  console.log(
    `fan-out: ${final.received} messages (${final.photos} with a chart) to ${final.chats} users in ${fanoutSeconds} s; ` +
      `sustained ${rate.toFixed(2)} messages/s (target ≥ ${rateTarget}: ratio ${(rate / rateTarget).toFixed(3)}); ` +
      `peak ${final.peakPerSecond} in any second; 429 answers: ${final.throttled}; failed jobs: ${failures}`,
  );
  const first0 = final.times[0] ?? 0;
  console.log(
    `  event loop delay of the sending process: p50 ${(loopDelay.percentile(50) / 1e6).toFixed(1)} ms, ` +
      `p99 ${(loopDelay.percentile(99) / 1e6).toFixed(1)} ms, max ${(loopDelay.max / 1e6).toFixed(1)} ms` +
      (final.throttledAt.length > 0
        ? `; 429s at ${final.throttledAt.map((at) => `${((at - first0) / 1000).toFixed(1)} s`).join(', ')} after the first message`
        : ''),
  );
  if (final.received < userCount) {
    console.log(
      `  (a bounded sample: all ${userCount} at this rate would take ${(userCount / Math.max(rate, 1) / 60).toFixed(1)} min)`,
    );
  }
  await cleanRedis(prefix);
}

async function cleanRedis(prefix: string): Promise<void> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(redisUrl);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
  redis.disconnect();
}

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

console.log(`digest benchmarks: ${userCount} users, ${expenseCount} expenses, week ${week}`);
for (const kind of ['sqlite', 'postgres'] as const) {
  if (process.env.BENCH_DATABASES && !process.env.BENCH_DATABASES.split(',').includes(kind)) continue;
  if (kind === 'postgres' && (process.env.BENCH_POSTGRES === '0' || !(await postgresReachable()))) {
    console.log('PostgreSQL: skipped (unreachable or BENCH_POSTGRES=0)');
    continue;
  }
  const seedStarted = performance.now();
  const { database, drop } = await openSeeded(kind);
  const store = createLedgerStore(database.db, database.dialect);
  const users = await allUsers(store);
  console.log(`${kind}: seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);
  try {
    // SQLite has one connection; a pool takes several queries at once.
    const parallel = kind === 'sqlite' ? 1 : 8;
    await buildAll(store, users.slice(0, 200), parallel); // warm-up
    const { sql: seconds, text } = await buildAll(store, users, parallel);
    console.log(
      `${kind}: one user at a time (as a send job does): ${users.length} digests, the SQL part in ${seconds.toFixed(2)} s ` +
        `(target < ${buildTarget} s: ratio ${(seconds / buildTarget).toFixed(3)}; ${((seconds * 1000) / users.length).toFixed(3)} ms per user, ` +
        `${parallel} at a time); their texts in ${text.toFixed(2)} s more`,
    );
    const batchStarted = performance.now();
    const digests = await buildDigests(store, users, week);
    const batchSeconds = (performance.now() - batchStarted) / 1000;
    const withSpending = digests.filter((digest) => digest.currencies.length > 0).length;
    console.log(
      `${kind}: in pages of 500 (as finbot digest does): ${digests.length} digests (${withSpending} with spending), the SQL part in ` +
        `${batchSeconds.toFixed(2)} s (target < ${buildTarget} s: ratio ${(batchSeconds / buildTarget).toFixed(3)})`,
    );
    if (kind === 'sqlite' && process.env.BENCH_FANOUT !== '0') await fanout(database);
  } finally {
    await drop();
  }
}
