/**
 * Loaded inside the handler thread by `finbot start|serve` when HANDLER_THREAD is on: the core's handler over the
 * thread's own connection to the database the composition root already migrated. The root sends only what the
 * handler needs; nothing else is built here.
 */
import type { CoreSettings } from '../../core/service/core-deps.ts';
import { createResvgChartRenderer } from '../../digest/chart/resvg-chart-renderer.ts';
import { createLogger } from '../../infra/logger.ts';
import { createLedgerStore } from '../../storage/kysely-ledger-store.ts';
import { openDatabase } from '../../storage/open-database.ts';
import { clockFrom, createHandler } from '../app-parts.ts';
import type { ThreadHandler, ThreadPorts } from './handler-thread-worker.ts';

/** What the composition root hands the thread; cloneable, so it crosses postMessage. */
export interface HandlerThreadOptions {
  readonly databaseUrl: string;
  readonly settings: CoreSettings;
  /** The pinned instant of FINBOT_NOW, when one is set. */
  readonly now?: string;
  readonly logLevel: string;
}

export async function createThreadHandler(options: HandlerThreadOptions, ports: ThreadPorts): Promise<ThreadHandler> {
  const log = createLogger(options.logLevel).child({ thread: 'handler' });
  const database = await openDatabase(options.databaseUrl);
  const clock = clockFrom(options.now);
  const store = createLedgerStore(database.db, database.dialect);
  // "digest now" charts are drawn in this thread, off the main one.
  const chart = createResvgChartRenderer();
  return {
    handle: createHandler(
      { store, clock, settings: options.settings, log, database },
      ports.runScheduler,
      chart,
      ports.fileScheduler,
    ),
    close: async () => {
      await chart.close();
      await database.close();
    },
  };
}
