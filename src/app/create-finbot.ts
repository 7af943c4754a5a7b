/**
 * The composition root: the database (migrated) and the store are built here once; `start(roles)` adds the
 * parts a command runs — workers, then adapters and the HTTP server (start-server.ts) — and one `stop()` takes
 * them down in reverse order before closing the database.
 */

import type { Logger } from '../infra/logger.ts';
import { createFinbotMetrics } from '../infra/metrics.ts';
import { createLedgerStore } from '../storage/kysely-ledger-store.ts';
import { migrateToLatest } from '../storage/migrate.ts';
import { openDatabase } from '../storage/open-database.ts';
import { type App, clockFrom, coreSettingsFrom } from './app-parts.ts';
import type { Config } from './config.ts';
import { replySendersFrom } from './platform-senders.ts';
import { requireRedis } from './require-redis.ts';
import { shutdownInOrder } from './shutdown.ts';
import { startServer } from './start-server.ts';
import { startWorkers } from './start-workers.ts';

/** `http`: the HTTP server with the configured adapters (and the workers too when `workers` is also asked); `workers`: background work. */
export type Role = 'http' | 'workers';

export interface Finbot extends App {
  /** Starts the roles' parts; resolves with the HTTP port when `http` is among them. */
  start(roles: ReadonlyArray<Role>): Promise<{ readonly port?: number }>;
  /** Stops what `start` started, in order within SHUTDOWN_TIMEOUT_SECONDS, then closes the database; false when the deadline passed first. */
  stop(): Promise<boolean>;
}

/** Opens the database and applies pending migrations before anything reads it; nothing else starts until `start`. */
export async function createFinbot(config: Config, log: Logger): Promise<Finbot> {
  const database = await openDatabase(config.DATABASE_URL);
  try {
    const report = await migrateToLatest(database.db);
    log.debug({ migrations: report }, 'database migrated');
  } catch (error) {
    await database.close();
    throw error;
  }
  const app: App = {
    config,
    clock: clockFrom(config.FINBOT_NOW),
    log,
    database,
    store: createLedgerStore(database.db, database.dialect),
    settings: coreSettingsFrom(config),
  };
  let stopStarted: (() => Promise<boolean>) | undefined;
  let stopping: Promise<boolean> | undefined;

  return {
    ...app,
    async start(roles) {
      if (roles.includes('http')) {
        const server = await startServer(app, { runWorkers: roles.includes('workers') });
        stopStarted = server.stop;
        return { port: server.port };
      }
      if (roles.includes('workers')) {
        await requireRedis(config.REDIS_URL);
        // A worker process has no adapters: its senders come straight from the configuration, before the workers.
        const workers = await startWorkers(app, replySendersFrom(config, log), createFinbotMetrics(), {
          runWorkers: true,
        });
        log.info('workers started');
        stopStarted = () =>
          shutdownInOrder(
            [{ name: 'workers', run: () => workers.close() }],
            config.SHUTDOWN_TIMEOUT_SECONDS * 1000,
            log,
          );
      }
      return {};
    },
    stop() {
      // Once only: a command's own stop and main's cleanup may both ask.
      stopping ??= (async () => {
        try {
          return stopStarted ? await stopStarted() : true;
        } finally {
          await database.close();
        }
      })();
      return stopping;
    },
  };
}
