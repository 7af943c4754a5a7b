/**
 * What every fault scenario stands on: a PostgreSQL database and a Redis of its own, fake Telegram and OpenAI
 * servers, and finbot processes started from the command line with their logs kept in a directory.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type FakeOpenAI, type FakeTurnSpec, startFakeOpenAI } from '../test/support/fake-openai-server.ts';
import { type FakeTelegram, startFakeTelegram } from '../test/support/fake-telegram-server.ts';
import { freePort, waitUntil } from '../test/support/finbot-process.ts';
import { createFreshPostgresDatabase, type FreshPostgresDatabase } from '../test/support/fresh-postgres.ts';
import { type RedisServerProcess, startRedisServer } from '../test/support/redis-server-process.ts';
import { startTcpRelay, type TcpRelay } from '../test/support/tcp-relay.ts';

export const telegramToken = '5151:faults-token';
const webhookSecret = 'faults-webhook-secret-0123';
const webhookPath = '/telegram/hook';

/** One finbot process: `finbot start|serve|worker`. */
export interface FinbotChild {
  readonly name: string;
  readonly child: ChildProcess;
  /** Resolves with how the process ended. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  alive(): boolean;
}

export interface FaultStack {
  readonly telegram: FakeTelegram;
  readonly model: FakeOpenAI;
  readonly database: FreshPostgresDatabase;
  readonly redis: RedisServerProcess;
  readonly port: number;
  readonly logDir: string;
  /** Between finbot and PostgreSQL, when asked for (the scenario's own queries go direct). */
  readonly databaseRelay?: TcpRelay;
  /** Between finbot and the Bot API, when asked for. */
  readonly telegramRelay?: TcpRelay;
  /** Starts `finbot <command>` with the stack's environment plus `extra`; `start`/`serve` wait until healthy. */
  finbot(command: 'start' | 'serve' | 'worker', name: string, extra?: Record<string, string>): Promise<FinbotChild>;
  /**
   * POSTs an update to the webhook the way Telegram does: until it is answered 200 (a refused connection or any
   * other status is retried), giving up after `deadlineMs`. Returns the status of the last try.
   */
  postUpdate(update: Record<string, unknown>, deadlineMs?: number): Promise<number>;
  query<T extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** True once `close()` began: load generators stop, and no update is posted any more. */
  isClosed(): boolean;
  /** Stops every process still running (SIGKILL), the servers, and drops the database; keeps logs if asked. */
  close(options?: { keepLogs?: boolean }): Promise<void>;
}

export interface FaultStackOptions {
  readonly modelFallback?: FakeTurnSpec;
  /** Put a relay between finbot and PostgreSQL / the Bot API, to cut them off. */
  readonly relayDatabase?: boolean;
  readonly relayTelegram?: boolean;
}

export async function startFaultStack(name: string, options: FaultStackOptions = {}): Promise<FaultStack> {
  const telegram = await startFakeTelegram({ token: telegramToken });
  const model = await startFakeOpenAI(options.modelFallback ? { fallback: options.modelFallback } : {});
  const database = await createFreshPostgresDatabase('finbot_faults');
  const redis = await startRedisServer();
  const databaseUrl = new URL(database.url);
  const databaseRelay = options.relayDatabase
    ? await startTcpRelay(databaseUrl.hostname, Number(databaseUrl.port || 5432))
    : undefined;
  if (databaseRelay) {
    databaseUrl.hostname = '127.0.0.1';
    databaseUrl.port = String(databaseRelay.port);
  }
  const telegramUrl = new URL(telegram.apiRoot);
  const telegramRelay = options.relayTelegram
    ? await startTcpRelay(telegramUrl.hostname, Number(telegramUrl.port))
    : undefined;
  const telegramRoot = telegramRelay ? `http://127.0.0.1:${telegramRelay.port}` : telegram.apiRoot;
  const port = await freePort();
  const logDir = mkdtempSync(join(tmpdir(), `finbot-faults-${name}-`));
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  const children: FinbotChild[] = [];
  let closed = false;
  const env: Record<string, string> = {
    DATABASE_URL: databaseUrl.toString(),
    REDIS_URL: redis.url,
    QUEUE_PREFIX: `faults-${name}`,
    PORT: String(port),
    OPENAI_API_KEY: 'sk-test',
    OPENAI_BASE_URL: model.baseURL,
    OPENAI_MODEL: 'fake-model',
    TELEGRAM_BOT_TOKEN: telegramToken,
    TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}${webhookPath}`,
    TELEGRAM_WEBHOOK_SECRET: webhookSecret,
    FINBOT_NOW: '',
    // Two cores: the handler thread would only compete with the workers.
    HANDLER_THREAD: 'false',
    LOG_LEVEL: process.env.FAULTS_LOG_LEVEL ?? 'warn',
  };
  // Ready, not only alive: every adapter has mounted its routes.
  const ready = async () => (await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined))?.ok === true;

  return {
    telegram,
    model,
    database,
    redis,
    port,
    logDir,
    ...(databaseRelay ? { databaseRelay } : {}),
    ...(telegramRelay ? { telegramRelay } : {}),
    async finbot(command, processName, extra = {}) {
      const log = createWriteStream(join(logDir, `${processName}.log`), { flags: 'a' });
      // A worker says it is up only at info level; the scenarios wait for that line before any fault.
      const level = command === 'worker' ? { LOG_LEVEL: 'info' } : {};
      const child = spawn(process.execPath, ['src/main.ts', command], {
        // Each process reaches Telegram under its own path, so a reply can be traced to the process that sent it.
        env: {
          ...process.env,
          ...env,
          TELEGRAM_API_ROOT: `${telegramRoot}/via/${processName}`,
          ...level,
          ...extra,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout?.pipe(log, { end: false });
      child.stderr?.pipe(log, { end: false });
      const started = { value: false };
      child.stderr?.on('data', (chunk: Buffer) => {
        if (chunk.includes('"msg":"workers started"')) started.value = true;
      });
      const exited = once(child, 'exit').then(([code, signal]) => ({
        code: code as number | null,
        signal: signal as NodeJS.Signals | null,
      }));
      const finbot: FinbotChild = {
        name: processName,
        child,
        exited,
        alive: () => child.exitCode === null && child.signalCode === null,
      };
      children.push(finbot);
      await waitUntil(async () => {
        if (!finbot.alive()) throw new Error(`${processName} exited during start-up; see ${logDir}`);
        if (command === 'worker') return started.value;
        return (await ready()) && telegram.webhook() !== undefined;
      }, 60_000);
      return finbot;
    },
    async postUpdate(update, deadlineMs = 120_000) {
      const deadline = Date.now() + deadlineMs;
      for (;;) {
        if (closed) return 0;
        const status = await fetch(`http://127.0.0.1:${port}${webhookPath}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': webhookSecret },
          body: JSON.stringify(update),
          signal: AbortSignal.timeout(30_000),
        })
          .then(async (response) => {
            await response.arrayBuffer();
            return response.status;
          })
          .catch(() => 0);
        // Telegram keeps an update until it gets a 2xx; only a refused secret (401) would never change.
        if (status === 200 || status === 401 || Date.now() > deadline) return status;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    },
    async query(sql, params = []) {
      return (await pool.query(sql, params)).rows;
    },
    isClosed: () => closed,
    async close(closeOptions = {}) {
      closed = true;
      for (const finbot of children) if (finbot.alive()) finbot.child.kill('SIGKILL');
      await Promise.all(children.map((finbot) => finbot.exited));
      await pool.end();
      await databaseRelay?.close();
      await telegramRelay?.close();
      await telegram.close();
      await model.close();
      await redis.stop();
      await database.drop();
      if (!closeOptions.keepLogs) rmSync(logDir, { recursive: true, force: true });
    },
  };
}

/** A private Telegram message update from chat `chatId`. */
export function telegramMessage(updateId: number, chatId: number, text: string): Record<string, unknown> {
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'private', first_name: 'F' },
      from: { id: chatId, is_bot: false, first_name: 'F' },
      text,
    },
  };
}

/** Runs `work` over `items` with at most `concurrency` in flight. */
export async function inParallel<T>(
  items: ReadonlyArray<T>,
  concurrency: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index] as T, index);
    }
  });
  await Promise.all(lanes);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Waits until `done()` holds, or until `progress()` has not moved for `quietMs` (whatever is missing by then
 * is counted as lost, so the scenario still ends).
 */
export async function waitForSettled(
  done: () => boolean | Promise<boolean>,
  progress: () => number | Promise<number>,
  quietMs: number,
): Promise<void> {
  let last = await progress();
  let lastChange = Date.now();
  while (!(await done())) {
    const now = await progress();
    if (now !== last) {
      last = now;
      lastChange = Date.now();
    } else if (Date.now() - lastChange > quietMs) {
      return;
    }
    await sleep(100);
  }
}
