import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { openDatabase } from '../../src/storage/open-database.ts';
import { isStorageUnavailable } from '../../src/storage/storage-unavailable.ts';
import { createFreshPostgresDatabase } from '../support/fresh-postgres.ts';

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('isStorageUnavailable', () => {
  test('a PostgreSQL server nobody answers for is out of reach', async () => {
    const database = await openDatabase(`postgres://postgres@127.0.0.1:${await closedPort()}/none`);
    const error = await sql`select 1`.execute(database.db).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    await database.close();
    assert.ok(error instanceof Error, 'the query failed');
    assert.equal(isStorageUnavailable(error), true, String(error));
  });

  test('a wrong statement and a unique violation are not', async () => {
    const fresh = await createFreshPostgresDatabase();
    const database = await openDatabase(fresh.url);
    try {
      const syntax = await sql`selec 1`.execute(database.db).catch((error: unknown) => error);
      assert.equal(isStorageUnavailable(syntax), false);
      await sql`create table t (id int primary key)`.execute(database.db);
      await sql`insert into t values (1)`.execute(database.db);
      const duplicate = await sql`insert into t values (1)`.execute(database.db).catch((error: unknown) => error);
      assert.equal(isStorageUnavailable(duplicate), false);
    } finally {
      await database.close();
      await fresh.drop();
    }
  });

  test('causes and several addresses are looked into; other values are not errors of reach', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED ::1:5432'), { code: 'ECONNREFUSED' });
    assert.equal(isStorageUnavailable(new AggregateError([refused], 'all addresses failed')), true);
    assert.equal(isStorageUnavailable(new Error('wrapped', { cause: refused })), true);
    assert.equal(isStorageUnavailable(Object.assign(new Error('admin shutdown'), { code: '57P01' })), true);
    assert.equal(isStorageUnavailable(Object.assign(new Error('conn'), { code: '08006' })), true);
    assert.equal(isStorageUnavailable(new Error('Connection terminated unexpectedly')), true);
    assert.equal(isStorageUnavailable(Object.assign(new Error('dup'), { code: '23505' })), false);
    assert.equal(isStorageUnavailable('ECONNRESET'), false);
    assert.equal(isStorageUnavailable(undefined), false);
  });
});
