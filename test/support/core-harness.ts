/**
 * A real core over a fresh SQLite database, with a clock the test can move, composed as finbot composes it: the
 * digest reset runs after each new message.
 */
import { resumingDigests } from '../../src/app/resume-digests-on-message.ts';
import { defaultDigestSendAt } from '../../src/core/digest/digest-send-at.ts';
import type { LedgerStore } from '../../src/core/ports/ledger-store.ts';
import type { CoreDeps, CoreSettings } from '../../src/core/service/core-deps.ts';
import { createMessageHandler, type MessageHandler } from '../../src/core/service/handle-message.ts';
import type { InboundMessage, Reply } from '../../src/core/service/inbound-message.ts';
import type { Clock } from '../../src/core/time/clock.ts';
import { createLedgerStore } from '../../src/storage/kysely-ledger-store.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { type OpenedDatabase, openDatabase } from '../../src/storage/open-database.ts';
import { sharedMssqlDatabase } from './fresh-mssql.ts';

export const testSettings: CoreSettings = {
  defaults: { timeZone: 'Asia/Kolkata', currency: 'INR', locale: 'en-IN', weekStart: 1, digestEnabled: true },
  maxAmountMajor: 10_000_000,
  undoWindowMinutes: 60,
  digestSendAt: defaultDigestSendAt,
};

export interface CoreHarness {
  readonly store: LedgerStore;
  readonly clock: Clock & { set(iso: string): void; advanceMinutes(minutes: number): void };
  readonly handle: MessageHandler;
  readonly database: OpenedDatabase;
  /** Sends `text` as `user` with a fresh message key. */
  say(user: string, text: string): Promise<Reply>;
  close(): Promise<void>;
}

/** Set to `mssql` by a suite's SQL Server run (test/support/again-on-sql-server.ts). */
export const testDatabaseVariable = 'FINBOT_TEST_DATABASE';

const defaultUrl = 'sqlite::memory:';

async function migrateUrl(url: string): Promise<void> {
  const database = await openDatabase(url);
  try {
    await migrateToLatest(database.db);
  } finally {
    await database.close();
  }
}

export async function createCoreHarness(
  now = '2026-11-25T06:30:00Z',
  url = defaultUrl,
  wrapStore: (store: LedgerStore) => LedgerStore = (store) => store,
  extra: Pick<CoreDeps, 'digestChart' | 'onError' | 'fileScheduler'> = {},
): Promise<CoreHarness> {
  // A harness on the default database runs on a fresh SQL Server database instead, in a suite's SQL Server run.
  const onSqlServer = url === defaultUrl && process.env[testDatabaseVariable] === 'mssql';
  const shared = onSqlServer ? await sharedMssqlDatabase(migrateUrl) : undefined;
  const database = await openDatabase(shared?.url ?? url);
  await migrateToLatest(database.db);
  const store = wrapStore(createLedgerStore(database.db, database.dialect));
  let instant = new Date(now);
  const clock = {
    now: () => new Date(instant.getTime()),
    set: (iso: string) => {
      instant = new Date(iso);
    },
    advanceMinutes: (minutes: number) => {
      instant = new Date(instant.getTime() + minutes * 60_000);
    },
  };
  const handle = resumingDigests(
    createMessageHandler({ store, clock, settings: testSettings, ...extra }),
    database.db,
    console,
  );
  let sequence = 0;
  return {
    store,
    clock,
    handle,
    database,
    say: (user, text) => handle(message(user, text, `test:${user}:${++sequence}`)),
    close: async () => {
      await shared?.release(database.db);
      await database.close();
    },
  };
}

export function message(user: string, text: string, key: string): InboundMessage {
  return { platform: 'cli', platformUserId: user, displayName: user, key, text };
}
