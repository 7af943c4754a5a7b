/**
 * The dashboard on the real HTTP server over a fresh database, with the core's chat handler beside it (so a
 * "dashboard" message makes a real link) and a clock the test moves.
 */

import { reportDownloads } from '../../src/app/dashboard-deps.ts';
import { defaultDigestSendAt } from '../../src/core/digest/digest-send-at.ts';
import type { LedgerStore } from '../../src/core/ports/ledger-store.ts';
import type { CoreSettings } from '../../src/core/service/core-deps.ts';
import { createMessageHandler, type MessageHandler } from '../../src/core/service/handle-message.ts';
import type { Reply } from '../../src/core/service/inbound-message.ts';
import { createHttpServer } from '../../src/infra/http/http-server.ts';
import { createLogger } from '../../src/infra/logger.ts';
import { createLedgerStore } from '../../src/storage/kysely-ledger-store.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { type OpenedDatabase, openDatabase } from '../../src/storage/open-database.ts';
import { createDashboardStore } from '../../src/storage/web/kysely-dashboard-store.ts';
import type { DashboardDeps } from '../../src/web/dashboard-deps.ts';
import { registerDashboard } from '../../src/web/register-dashboard.ts';

export const testBotToken = '123456:dashboard-test-token';

export interface DashboardHarness {
  readonly base: string;
  readonly store: LedgerStore;
  readonly clock: { now(): Date; set(iso: string): void; advanceMinutes(minutes: number): void };
  readonly handle: MessageHandler;
  /** Sends `text` from a terminal-chat user. */
  say(user: string, text: string): Promise<Reply>;
  /** A fresh single-use link for a terminal-chat user, through the "dashboard" command. */
  linkFor(user: string): Promise<string>;
  close(): Promise<void>;
}

export async function createDashboardHarness(
  now: string,
  options: {
    databaseUrl?: string;
    /** A database already open and migrated (a benchmark's); its owner closes it. */
    database?: OpenedDatabase;
    signInsPerMinute?: number;
    extra?: Partial<DashboardDeps>;
  } = {},
): Promise<DashboardHarness> {
  const ownDatabase = options.database === undefined;
  const database = options.database ?? (await openDatabase(options.databaseUrl ?? 'sqlite::memory:'));
  if (ownDatabase) await migrateToLatest(database.db);
  const store = createLedgerStore(database.db, database.dialect);
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
  const http = createHttpServer((error) => console.error(error));
  const port = await http.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${port}`;
  const settings: CoreSettings = {
    defaults: { timeZone: 'Asia/Kolkata', currency: 'INR', locale: 'en-IN', weekStart: 1, digestEnabled: true },
    maxAmountMajor: 10_000_000,
    undoWindowMinutes: 60,
    digestSendAt: defaultDigestSendAt,
    dashboardUrl: `${base}/dashboard`,
  };
  registerDashboard(
    http,
    {
      store,
      dashboardStore: createDashboardStore(database.db, database.dialect),
      clock,
      settings,
      publicUrl: base,
      telegramBotToken: testBotToken,
      log: createLogger('silent'),
      // The app's own XLSX and PDF downloads, as src/app/dashboard-deps.ts gives them.
      downloads: reportDownloads(store, clock),
      ...options.extra,
    },
    options.signInsPerMinute === undefined ? {} : { signInsPerMinute: options.signInsPerMinute },
  );
  http.ready();
  const handle = createMessageHandler({ store, clock, settings });
  let sequence = 0;
  const say = (user: string, text: string) =>
    handle({ platform: 'cli', platformUserId: user, displayName: user, key: `web-test:${++sequence}`, text });
  return {
    base,
    store,
    clock,
    handle,
    say,
    async linkFor(user) {
      const reply = await say(user, 'dashboard');
      const link = /https?:\/\/\S+\/dashboard\/login\?token=[\w-]+/.exec(reply.text)?.[0];
      if (!link) throw new Error(`No link in: ${reply.text}`);
      return link;
    },
    async close() {
      await http.close(100);
      if (ownDatabase) await database.close();
    },
  };
}
