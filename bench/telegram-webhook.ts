/**
 * Quick-add updates per second through the Telegram webhook path: HTTP POST in (with the secret) → grammY →
 * core → expense stored in SQLite (a file, WAL) → the confirmation sent to a Bot API server with its own
 * sendMessage call (not as a webhook reply), which the webhook request waits for before answering 200.
 * Latency is measured by the sender of the updates, from request start to the 200.
 *
 * finbot (shared HTTP server, grammY, core, SQLite) runs on the main thread, or with `--core threaded` with
 * the core in a handler thread as HANDLER_THREAD=true runs it. "Telegram" (a minimal Bot API server and the
 * load generator posting updates over raw keep-alive sockets) runs in a worker thread and is kept cheap,
 * since on two cores its CPU is taken from finbot. CPU per update is reported for each side because
 * throughput on a shared machine varies from run to run. Ends by checking that every update stored one
 * expense and got exactly one confirmation.
 *
 * Run: node bench/telegram-webhook.ts [--updates 10000] [--warmup 1000] [--concurrency 16] [--users 1000]
 *      [--max-seconds 60] [--db sqlite-file|sqlite-memory] [--core auto|sqlite|threaded|instant]
 * (`--core auto`, the default, picks the handler thread on a machine with two or more cores, as finbot does.)
 * (`--core instant` replaces the core with an immediate reply, to show the adapter's own share; nothing is stored.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { pino } from 'pino';
import { startHandlerThread } from '../src/app/handler-thread/start-handler-thread.ts';
import { resumingDigests } from '../src/app/resume-digests-on-message.ts';
import { startTelegram } from '../src/bots/telegram/start-telegram.ts';
import type { MessageHandler } from '../src/core/service/handle-message.ts';
import { textReply } from '../src/core/service/inbound-message.ts';
import { createHttpServer } from '../src/infra/http/http-server.ts';
import { type BenchCore, createBenchCore } from './support/bench-core.ts';
import { startBenchWorker } from './support/bench-worker.ts';
import { startBotApiSink } from './support/bot-api-sink.ts';
import { openRawHttpLane, type RawHttpLane } from './support/raw-http-lane.ts';

const secret = 'bench-webhook-secret';
const categories = ['groceries', 'fuel', 'snacks', 'rent', 'tea'];
const targets = { perSecond: 1000, p99Ms: 50 };

interface BenchConfig {
  readonly updates: number;
  readonly warmup: number;
  readonly concurrency: number;
  readonly users: number;
  readonly maxSeconds: number;
}

type ToMain =
  | { type: 'ready'; apiRoot: string; token: string; botInfo: unknown }
  | { type: 'done'; samples: number[]; elapsedMs: number; failed: number; timedOut: boolean; cpuMicros: number }
  | { type: 'sent'; sendMessage: number; chats: number };
type ToWorker =
  | { type: 'run'; url: string; count: number; firstUpdateId: number }
  | { type: 'count' }
  | { type: 'close' };

if (isMainThread) await main();
else await telegramSide(workerData as BenchConfig);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      updates: { type: 'string', default: '10000' },
      warmup: { type: 'string', default: '1000' },
      concurrency: { type: 'string', default: '16' },
      users: { type: 'string', default: '1000' },
      'max-seconds': { type: 'string', default: '60' },
      db: { type: 'string', default: 'sqlite-file' },
      core: { type: 'string', default: 'auto' },
    },
  });
  // As finbot start decides with HANDLER_THREAD=auto: the handler thread when there is a second core.
  if (values.core === 'auto')
    values.core = availableParallelism() > 1 && values.db === 'sqlite-file' ? 'threaded' : 'sqlite';
  if (values.core === 'threaded' && values.db !== 'sqlite-file') {
    console.error('bench: --core threaded needs --db sqlite-file (the handler thread opens the file itself)');
    process.exit(2);
  }
  const config: BenchConfig = {
    updates: Number(values.updates),
    warmup: Number(values.warmup),
    concurrency: Number(values.concurrency),
    users: Number(values.users),
    maxSeconds: Number(values['max-seconds']),
  };
  const guard = setTimeout(
    () => {
      console.error(`bench: gave up after ${config.maxSeconds + 30} s`);
      process.exit(2);
    },
    (config.maxSeconds + 30) * 1000,
  );
  guard.unref();

  const { worker, next, tell } = startBenchWorker<ToMain, ToWorker>(new URL(import.meta.url), config, 'Telegram');

  const ready = await next('ready');
  const dir = values.db === 'sqlite-file' ? mkdtempSync(join(tmpdir(), 'finbot-bench-')) : undefined;
  const now = new Date().toISOString();
  const databaseUrl = dir ? `sqlite:${join(dir, 'bench.db')}` : 'sqlite::memory:';
  const core = await createBenchCore(now, databaseUrl);
  const thread =
    values.core === 'threaded'
      ? await startHandlerThread(new URL('./support/core-thread-handler.ts', import.meta.url), {
          now,
          url: databaseUrl,
        })
      : undefined;
  const log = pino({ level: 'warn' });
  const http = createHttpServer((error) => log.error({ err: error }, 'http handler failed'));
  const port = await http.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/telegram/webhook`;
  const adapter = await startTelegram({
    token: ready.token,
    apiRoot: ready.apiRoot,
    webhookUrl: url,
    webhookSecret: secret,
    http,
    handleMessage:
      values.core === 'instant'
        ? instantCore()
        : (thread?.handle ?? resumingDigests(core.handle, core.database.db, log)),
    log,
    botInfo: ready.botInfo as Parameters<typeof startTelegram>[0]['botInfo'],
  });

  tell({ type: 'run', url, count: config.warmup, firstUpdateId: 1 });
  const warm = await next('done');
  const cpuBefore = process.threadCpuUsage();
  const cpuAllBefore = process.cpuUsage();
  const loopBefore = performance.eventLoopUtilization();
  tell({ type: 'run', url, count: config.updates, firstUpdateId: 1 + config.warmup });
  const run = await next('done');
  const cpu = process.threadCpuUsage(cpuBefore);
  const cpuAll = process.cpuUsage(cpuAllBefore);
  const loop = performance.eventLoopUtilization(loopBefore);
  tell({ type: 'count' });
  const sent = await next('sent');

  const stored = values.core === 'instant' ? sent.sendMessage : await countExpenses(core);
  const handled = run.samples.length;
  const perSecond = handled / (run.elapsedMs / 1000);
  const sorted = [...run.samples].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
  const total = config.warmup + config.updates;

  console.log('Telegram webhook bench: quick-add updates → core (SQLite) → sendMessage to a Bot API server');
  console.log(
    `  machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.versions.node}; core: ${values.core}; db: ${values.db}; concurrency ${config.concurrency}; ${config.users} users`,
  );
  console.log(`  warm-up: ${warm.samples.length} updates in ${(warm.elapsedMs / 1000).toFixed(2)} s`);
  console.log(
    `  measured: ${handled} updates in ${(run.elapsedMs / 1000).toFixed(2)} s${run.timedOut ? ' (stopped at the time limit)' : ''}, ${run.failed} failed`,
  );
  console.log(
    `  throughput: ${perSecond.toFixed(0)} updates/s (target ≥ ${targets.perSecond}: ${(perSecond / targets.perSecond).toFixed(2)}×)`,
  );
  console.log(
    `  latency: p50 ${pct(50).toFixed(1)} ms, p90 ${pct(90).toFixed(1)} ms, p99 ${pct(99).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms (p99 target < ${targets.p99Ms} ms: ${(targets.p99Ms / pct(99)).toFixed(2)}× headroom)`,
  );
  const cpuMicros = (cpu.user + cpu.system) / handled;
  console.log(
    `  finbot's thread: ${cpuMicros.toFixed(0)} µs CPU per update (${(1e6 / cpuMicros).toFixed(0)} updates/s if it had a core to itself), event loop ${(loop.utilization * 100).toFixed(0)} % busy`,
  );
  console.log(
    `  Telegram's side (fake Bot API and load generator): ${(run.cpuMicros / handled).toFixed(0)} µs CPU per update; whole process: ${((cpuAll.user + cpuAll.system) / handled).toFixed(0)} µs`,
  );
  const exact = stored === warm.samples.length + handled && sent.sendMessage === stored;
  console.log(
    `  check: ${values.core === 'instant' ? 'nothing stored (instant core)' : `${stored} expenses stored`}, ${sent.sendMessage} confirmations sent for ${warm.samples.length + handled} updates answered (${total} planned) — ${exact ? 'exactly once each' : 'MISMATCH'}`,
  );

  tell({ type: 'close' });
  await adapter.stop();
  await http.close();
  await thread?.close();
  await core.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  await worker.terminate();
  process.exitCode = exact && run.failed === 0 ? 0 : 1;
}

/** A stand-in core answering every message at once, as a quick-add would be answered. */
function instantCore(): MessageHandler {
  return async () =>
    textReply('expense_added', 'Added #1: ₹10.00 · groceries · today', [{ label: 'Undo', command: 'undo #1' }]);
}

/** Every user's live expenses, counted through the store (paging through users). */
async function countExpenses(core: BenchCore): Promise<number> {
  let count = 0;
  let afterId = 0;
  for (;;) {
    const users = await core.store.listUsers({ afterId, limit: 500 });
    if (users.length === 0) return count;
    for (const user of users) count += (await core.store.listExpenses(user.id, {})).length;
    afterId = users.at(-1)?.id ?? afterId;
  }
}

/** The worker: the fake Bot API, and the client posting updates like Telegram does. */
async function telegramSide(config: BenchConfig): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const telegram = await startBotApiSink();
  port.postMessage({ type: 'ready', apiRoot: telegram.apiRoot, token: telegram.token, botInfo: telegram.botInfo });
  let lanes: RawHttpLane[] = [];

  port.on('message', async (message: ToWorker) => {
    if (message.type === 'count') {
      const sent = telegram.sent();
      port.postMessage({ type: 'sent', sendMessage: sent.messages, chats: sent.chats });
    } else if (message.type === 'close') {
      for (const lane of lanes) lane.close();
      await telegram.close();
    } else if (message.type === 'run') {
      const samples: number[] = [];
      let failed = 0;
      let nextIndex = 0;
      let timedOut = false;
      const deadline = performance.now() + config.maxSeconds * 1000;
      const started = performance.now();
      if (lanes.length === 0) {
        const headers = { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret };
        lanes = await Promise.all(
          Array.from({ length: config.concurrency }, () => openRawHttpLane(message.url, headers)),
        );
      }
      const cpuBefore = process.threadCpuUsage();
      const drive = async (lane: RawHttpLane) => {
        while (nextIndex < message.count) {
          if (performance.now() > deadline) {
            timedOut = true;
            return;
          }
          const index = nextIndex++;
          const updateId = message.firstUpdateId + index;
          const user = 10_000 + (updateId % config.users);
          const body = JSON.stringify({
            update_id: updateId,
            message: {
              message_id: updateId,
              date: Math.floor(Date.now() / 1000),
              chat: { id: user, type: 'private', first_name: `User${user}` },
              from: { id: user, is_bot: false, first_name: `User${user}` },
              // From 20: "12 snacks" is read as a count and asked about, which is not what this bench measures.
              text: `${20 + (updateId % 490)} ${categories[updateId % categories.length]}`,
            },
          });
          const begin = performance.now();
          const status = await lane.post(body).catch(() => 0);
          if (status === 200) samples.push(performance.now() - begin);
          else failed += 1;
        }
      };
      await Promise.all(lanes.map(drive));
      const cpu = process.threadCpuUsage(cpuBefore);
      port.postMessage({
        type: 'done',
        samples,
        elapsedMs: performance.now() - started,
        failed,
        timedOut,
        cpuMicros: cpu.user + cpu.system,
      });
    }
  });
}
