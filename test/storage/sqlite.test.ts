import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { createLedgerStore } from '../../src/storage/kysely-ledger-store.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { openDatabase } from '../../src/storage/open-database.ts';
import { budgetStoreSuite } from './budget-store.suite.ts';
import { dashboardStoreSuite } from './dashboard-store.suite.ts';
import { digestStoreSuite } from './digest-store.suite.ts';
import { fileDeliveryStoreSuite } from './file-delivery-store.suite.ts';
import { type FreshDatabase, ledgerStoreSuite } from './ledger-store.suite.ts';
import { recurringStoreSuite } from './recurring-store.suite.ts';
import { runStoreSuite } from './run-store.suite.ts';

async function memory(): Promise<FreshDatabase> {
  const database = await openDatabase('sqlite::memory:');
  return { database, drop: () => database.close() };
}

async function tempFile(): Promise<FreshDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'finbot-sqlite-'));
  const database = await openDatabase(`sqlite:${join(dir, 'finbot.db')}`);
  return {
    database,
    drop: async () => {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

ledgerStoreSuite('SQLite in memory', memory);
ledgerStoreSuite('SQLite file', tempFile);
digestStoreSuite('SQLite in memory', memory);
digestStoreSuite('SQLite file', tempFile);
runStoreSuite('SQLite file', tempFile);
budgetStoreSuite('SQLite file', tempFile);
recurringStoreSuite('SQLite file', tempFile);
fileDeliveryStoreSuite('SQLite file', tempFile);
dashboardStoreSuite('SQLite file', tempFile);

describe('opening SQLite', () => {
  test('a relative sqlite: path is created with its parent directories, in WAL mode with foreign keys on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'finbot-sqlite-'));
    const file = join(dir, 'data', 'nested', 'finbot.db');
    const database = await openDatabase(`sqlite:${relative(process.cwd(), file)}`);
    try {
      assert.equal(database.dialect, 'sqlite');
      await migrateToLatest(database.db);
      assert.ok(existsSync(file));
      const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(database.db);
      assert.equal(mode.rows[0]?.journal_mode, 'wal');
      const store = createLedgerStore(database.db, database.dialect);
      await assert.rejects(
        store.insertExpense({
          userId: 404,
          amount: { minor: 1, currency: 'INR' },
          category: 'x',
          note: null,
          spentOn: '2026-11-25',
          sourceKey: 'no-such-user',
          createdAt: '2026-11-25T00:00:00Z',
        }),
        /No user with id 404/,
      );
      await assert.rejects(
        database.db.insertInto('threads').values({ user_id: 404 }).execute(),
        /FOREIGN KEY constraint failed/,
      );
    } finally {
      await database.close();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('data written through one opening is there in the next', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'finbot-sqlite-'));
    const url = `sqlite:${join(dir, 'finbot.db')}`;
    try {
      const first = await openDatabase(url);
      await migrateToLatest(first.db);
      const user = await createLedgerStore(first.db, 'sqlite').createUser({
        platform: 'cli',
        platformUserId: 'me',
        displayName: null,
        timeZone: 'UTC',
        currency: 'EUR',
        locale: 'en',
        weekStart: 1,
        digestEnabled: false,
      });
      await first.close();
      const second = await openDatabase(url);
      assert.deepEqual(await migrateToLatest(second.db), { applied: [] });
      assert.deepEqual(await createLedgerStore(second.db, 'sqlite').findUser('cli', 'me'), user);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an unknown URL scheme is refused, naming the supported ones and hiding the password', async () => {
    await assert.rejects(openDatabase('mysql://root:secret@localhost/finbot'), (error: Error) => {
      assert.match(error.message, /sqlite:.*postgres:\/\/.*mssql:\/\//);
      assert.doesNotMatch(error.message, /secret/);
      return true;
    });
    await assert.rejects(openDatabase('sqlite:'), /file path or :memory:/);
  });
});
