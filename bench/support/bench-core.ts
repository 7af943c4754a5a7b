/**
 * The core a benchmark drives: the message handler over a freshly migrated database at a fixed instant. Benchmarks
 * of a whole adapter add finbot's digest reset on top, as finbot does; the Slack ack benchmark measures the core
 * alone.
 */
import type { LedgerStore } from '../../src/core/ports/ledger-store.ts';
import { createMessageHandler, type MessageHandler } from '../../src/core/service/handle-message.ts';
import { fixedClock } from '../../src/core/time/clock.ts';
import { createLedgerStore } from '../../src/storage/kysely-ledger-store.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { type OpenedDatabase, openDatabase } from '../../src/storage/open-database.ts';
import { benchSettings } from './bench-settings.ts';

export interface BenchCore {
  readonly store: LedgerStore;
  readonly handle: MessageHandler;
  readonly database: OpenedDatabase;
  close(): Promise<void>;
}

export async function createBenchCore(now = '2026-11-25T06:30:00Z', url = 'sqlite::memory:'): Promise<BenchCore> {
  const database = await openDatabase(url);
  await migrateToLatest(database.db);
  const store = createLedgerStore(database.db, database.dialect);
  const handle = createMessageHandler({ store, clock: fixedClock(new Date(now)), settings: benchSettings });
  return { store, handle, database, close: () => database.close() };
}
