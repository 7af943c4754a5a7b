import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../../src/storage/open-database.ts';
import { createFreshPostgresDatabase, onPostgresServer } from '../support/fresh-postgres.ts';
import { startTcpRelay } from '../support/tcp-relay.ts';
import { budgetStoreSuite } from './budget-store.suite.ts';
import { dashboardStoreSuite } from './dashboard-store.suite.ts';
import { digestStoreSuite } from './digest-store.suite.ts';
import { fileDeliveryStoreSuite } from './file-delivery-store.suite.ts';
import { type FreshDatabase, ledgerStoreSuite } from './ledger-store.suite.ts';
import { recurringStoreSuite } from './recurring-store.suite.ts';
import { runStoreSuite } from './run-store.suite.ts';

/** A database of its own for one run, dropped afterwards. */
async function freshPostgres(): Promise<FreshDatabase> {
  const fresh = await createFreshPostgresDatabase();
  const database = await openDatabase(fresh.url);
  return {
    database,
    drop: async () => {
      await database.close();
      await fresh.drop();
    },
  };
}

ledgerStoreSuite('PostgreSQL', freshPostgres);
digestStoreSuite('PostgreSQL', freshPostgres);
dashboardStoreSuite('PostgreSQL', freshPostgres);
runStoreSuite('PostgreSQL', freshPostgres);
budgetStoreSuite('PostgreSQL', freshPostgres);
recurringStoreSuite('PostgreSQL', freshPostgres);
fileDeliveryStoreSuite('PostgreSQL', freshPostgres);

describe('PostgreSQL specifics', () => {
  test('an idle connection the server terminates is dropped from the pool, and the next query reconnects', async () => {
    const fresh = await freshPostgres();
    try {
      const backend = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(fresh.database.db);
      const pid = backend.rows[0]?.pid;
      assert.ok(pid);
      const warned = new Promise<Error>((resolve) => {
        const listener = (warning: Error) => {
          if (warning.name !== 'FinbotPostgres') return;
          process.off('warning', listener);
          resolve(warning);
        };
        process.on('warning', listener);
      });
      await onPostgresServer(`select pg_terminate_backend(${Number(pid)})`);
      assert.match((await warned).message, /PostgreSQL connection was closed: terminating connection/);
      const again = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(fresh.database.db);
      assert.notEqual(again.rows[0]?.pid, pid);
    } finally {
      await fresh.drop();
    }
  });

  test('a connection cut while a transaction holds it fails that transaction, not the process; the pool recovers', async () => {
    const fresh = await createFreshPostgresDatabase();
    const target = new URL(fresh.url);
    const relay = await startTcpRelay(target.hostname, Number(target.port || 5432));
    const through = new URL(fresh.url);
    through.hostname = '127.0.0.1';
    through.port = String(relay.port);
    const database = await openDatabase(through.toString());
    try {
      const attempt = database.db.transaction().execute(async (trx) => {
        await sql`select 1`.execute(trx);
        // Between two queries the connection is checked out and idle: before the fix, its error event ended
        // the process.
        relay.set('refuse');
        await new Promise((resolve) => setTimeout(resolve, 200));
        await sql`select 2`.execute(trx);
      });
      await assert.rejects(attempt);
      relay.set('up');
      const { rows } = await sql<{ one: number }>`select 1 as one`.execute(database.db);
      assert.equal(rows[0]?.one, 1);
    } finally {
      await database.close();
      await relay.close();
      await fresh.drop();
    }
  });

  test('DATE values come back as plain strings through our pool only; pg is left as it was', async () => {
    const fresh = await freshPostgres();
    try {
      const { rows } = await sql<{ day: unknown }>`select date '2026-12-31' as day`.execute(fresh.database.db);
      assert.equal(rows[0]?.day, '2026-12-31');
      assert.ok(pg.types.getTypeParser(pg.types.builtins.DATE)('2026-12-31') instanceof Date);
    } finally {
      await fresh.drop();
    }
  });
});
