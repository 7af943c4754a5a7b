import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { type OpenedDatabase, openDatabase } from '../../src/storage/open-database.ts';
import { queryTemplate } from '../../src/storage/query-template.ts';

/** node:sqlite rows have no prototype; compare their fields. */
const plain = <T extends object>(rows: T[]): T[] => rows.map((row) => ({ ...row }));

describe('query templates', () => {
  let database: OpenedDatabase;
  before(async () => {
    database = await openDatabase('sqlite::memory:');
    await migrateToLatest(database.db);
    await database.db
      .insertInto('users')
      .values([
        {
          platform: 'telegram',
          platform_user_id: '1',
          display_name: 'Asha',
          time_zone: 'Asia/Kolkata',
          currency: 'INR',
          locale: 'en-IN',
          week_start: 1,
          digest_enabled: 1,
        },
        {
          platform: 'telegram',
          platform_user_id: '2',
          display_name: 'Ben',
          time_zone: 'Europe/London',
          currency: 'GBP',
          locale: 'en-GB',
          week_start: 1,
          digest_enabled: 1,
        },
      ])
      .execute();
  });
  after(() => database.close());

  test('compiles once and runs with each call’s values, in and out of a transaction', async () => {
    let builds = 0;
    const byPlatformId = queryTemplate((db, p: { id: string }) => {
      builds += 1;
      return db.selectFrom('users').select('display_name').where('platform_user_id', '=', p.id);
    });
    assert.deepEqual(plain((await byPlatformId.execute(database.db, { id: '1' })).rows), [{ display_name: 'Asha' }]);
    assert.deepEqual(plain((await byPlatformId.execute(database.db, { id: '2' })).rows), [{ display_name: 'Ben' }]);
    const inTransaction = await database.db
      .transaction()
      .execute(async (trx) => (await byPlatformId.execute(trx, { id: '2' })).rows);
    assert.deepEqual(plain(inTransaction), [{ display_name: 'Ben' }]);
    assert.equal(builds, 1);
  });

  test('each shape is compiled on its own', async () => {
    const shapes: string[] = [];
    const names = queryTemplate((db, p: { id: string }, shape) => {
      shapes.push(shape);
      const query = db.selectFrom('users').select('display_name');
      return shape === 'one' ? query.where('platform_user_id', '=', p.id) : query.orderBy('id');
    });
    assert.equal((await names.execute(database.db, { id: '2' }, 'one')).rows.length, 1);
    assert.equal((await names.execute(database.db, { id: '2' }, 'all')).rows.length, 2);
    assert.equal((await names.execute(database.db, { id: '1' }, 'one')).rows[0]?.display_name, 'Asha');
    assert.deepEqual(shapes, ['one', 'all']);
  });

  test('constants written in the query stay as they were compiled', async () => {
    const londoners = queryTemplate((db, p: { currency: string }) =>
      db
        .selectFrom('users')
        .select('display_name')
        .where('time_zone', '=', 'Europe/London')
        .where('currency', '=', p.currency),
    );
    assert.deepEqual(plain((await londoners.execute(database.db, { currency: 'GBP' })).rows), [
      { display_name: 'Ben' },
    ]);
    assert.deepEqual(plain((await londoners.execute(database.db, { currency: 'INR' })).rows), []);
  });

  test('a parameter that does not become a bound value is refused when first compiled', async () => {
    const inlined = queryTemplate((db, p: { name: string }) =>
      db.selectFrom('users').select('id').where('display_name', '=', sql.lit(p.name)),
    );
    await assert.rejects(inlined.execute(database.db, { name: 'Asha' }), /not bound as values/);
    const changed = queryTemplate((db, p: { name: string }) =>
      db.selectFrom('users').select('id').where('display_name', '=', `${p.name}!`),
    );
    await assert.rejects(changed.execute(database.db, { name: 'Asha' }), /changed by the query/);
  });
});
