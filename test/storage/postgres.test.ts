import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../../src/storage/open-database.ts';
import { type FreshDatabase, ledgerStoreSuite } from './ledger-store.suite.ts';

/** CI guarantees this server; when it is unreachable these tests fail rather than skip. */
const serverUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A database of its own for one run, dropped afterwards. */
async function freshPostgres(): Promise<FreshDatabase> {
  const name = `finbot_test_${randomBytes(6).toString('hex')}`;
  await onServer(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase(url.toString());
  return {
    database,
    drop: async () => {
      await database.close();
      await onServer(`drop database if exists ${name} with (force)`);
    },
  };
}

ledgerStoreSuite('PostgreSQL', freshPostgres);

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
      await onServer(`select pg_terminate_backend(${Number(pid)})`);
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
