import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../../src/storage/open-database.ts';
import { createFreshPostgresDatabase, onPostgresServer } from '../support/fresh-postgres.ts';
import { digestStoreSuite } from './digest-store.suite.ts';
import { type FreshDatabase, ledgerStoreSuite } from './ledger-store.suite.ts';
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
runStoreSuite('PostgreSQL', freshPostgres);

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
      assert.match((await warned).message, /pooled PostgreSQL connection was closed: terminating connection/);
      const again = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(fresh.database.db);
      assert.notEqual(again.rows[0]?.pid, pid);
    } finally {
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
