/** SQL Server without a server: the digest migration and queries through Kysely's real MSSQL compiler. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type CompiledQuery, MssqlAdapter, MssqlIntrospector, MssqlQueryCompiler, type QueryResult } from 'kysely';
import { up } from '../../sql/migrations/20261125_0003_digests.ts';
import { digestWeek } from '../../src/core/digest/digest-week.ts';
import type { Database } from '../../src/storage/database.ts';
import { claimDigestDelivery, markDigestSent } from '../../src/storage/digest-delivery-repository.ts';
import { markDigestRecipientUnreachable } from '../../src/storage/digest-recipient-repository.ts';
import { createLedgerStore } from '../../src/storage/kysely-ledger-store.ts';
import { recordingKysely } from '../storage/recording-driver.ts';

function mssql(respond: (query: CompiledQuery) => QueryResult<unknown> = () => ({ rows: [], numAffectedRows: 1n })) {
  return recordingKysely<Database>({
    adapter: () => new MssqlAdapter(),
    compiler: () => new MssqlQueryCompiler(),
    introspector: (db) => new MssqlIntrospector(db),
    respond,
  });
}

describe('SQL Server: digest SQL', () => {
  test('the migration uses nvarchar, datetime2, integer flags and a named composite primary key', async () => {
    const recording = mssql();
    await up(recording.db);
    const [deliveries, index, recipients] = recording.sent.map((statement) => statement.sql);
    assert.match(deliveries ?? '', /^create table "digest_deliveries"/);
    assert.match(deliveries ?? '', /"week" nvarchar\(8\) not null/);
    assert.match(deliveries ?? '', /"claimed_at" datetime2\(3\) not null/);
    assert.match(deliveries ?? '', /constraint "digest_deliveries_pk" primary key \("user_id", "week"\)/);
    assert.match(index ?? '', /^create index "digest_deliveries_week_status_idx"/);
    assert.match(recipients ?? '', /"unreachable" integer default 0 not null/);
    for (const { sql } of recording.sent) assert.doesNotMatch(sql, /if not exists|boolean|\blimit\b/i);
  });

  test('claims insert first and timestamps go as strings without a zone', async () => {
    const recording = mssql();
    const claim = await claimDigestDelivery(recording.db, {
      userId: 7,
      week: '2026-W47',
      token: 't1',
      now: '2026-11-23T03:30:00.000Z',
      staleClaimMs: 1,
      staleSendingMs: 1,
    });
    assert.deepEqual(claim, { claimed: true, attempts: 1 });
    await markDigestSent(recording.db, 7, '2026-W47', 't1', '2026-11-23T03:30:01.000Z');
    await markDigestRecipientUnreachable(recording.db, 7, 'blocked', '2026-11-23T03:30:02.000Z');
    const [insert, sent, unreachable] = recording.sent;
    assert.match(insert?.sql ?? '', /^insert into "digest_deliveries"/);
    assert.ok(insert?.parameters.includes('2026-11-23T03:30:00.000'));
    assert.match(sent?.sql ?? '', /^update "digest_deliveries" set "status" = @1, "sent_at" = @2, "error" = @3 where/);
    assert.match(unreachable?.sql ?? '', /^update "digest_recipients" set/);
    for (const { parameters } of recording.sent) assert.ok(parameters.every((value) => !(value instanceof Date)));
  });

  test('a chosen send time: an update first, an insert only when the user has no row yet', async () => {
    let updated = 0n;
    const recording = mssql((query) =>
      query.sql.startsWith('select') ? { rows: [{ send_at: 'SUN 18:00' }] } : { rows: [], numAffectedRows: updated },
    );
    const store = createLedgerStore(recording.db, 'mssql');
    await store.setDigestSendAt(7, { weekday: 7, hour: 18, minute: 0 });
    updated = 1n;
    await store.setDigestSendAt(7, null);
    assert.deepEqual(await store.findDigestSendAt(7), { weekday: 7, hour: 18, minute: 0 });
    assert.deepEqual(
      recording.sent.map(({ sql, parameters }) => [sql, parameters]),
      [
        ['update "digest_recipients" set "send_at" = @1 where "user_id" = @2', ['SUN 18:00', 7]],
        ['insert into "digest_recipients" ("user_id", "send_at") values (@1, @2)', [7, 'SUN 18:00']],
        ['update "digest_recipients" set "send_at" = @1 where "user_id" = @2', [null, 7]],
        ['select "send_at" from "digest_recipients" where "user_id" = @1', [7]],
      ],
    );
  });

  test('many users’ inputs rank the largest expenses with a window function, not LIMIT', async () => {
    // Each user spent that week, so the three queries after the first ask about all of them.
    const recording = mssql((query) => ({
      rows: /group by "user_id", "currency", "category_key"/.test(query.sql)
        ? [1, 2, 3].map((userId) => ({ user_id: userId, currency: 'INR', category: 'tea', minor: '500', count: 1 }))
        : [],
    }));
    await createLedgerStore(recording.db, 'mssql').digestInputs([1, 2, 3], digestWeek('2026-W47'));
    const ranked = recording.sent.at(-1)?.sql ?? '';
    assert.match(
      ranked,
      /row_number\(\) over\(partition by "user_id", "currency" order by "amount_minor" desc, "number"\) as "rank"/,
    );
    assert.match(ranked, /where "rank" <= @\d+$/);
    assert.equal(recording.sent.length, 4);
    for (const { sql } of recording.sent) assert.match(sql, /"user_id" in \(@1, @2, @3\)/);
  });

  test('a page where nobody spent that week costs one query', async () => {
    const recording = mssql(() => ({ rows: [] }));
    const inputs = await createLedgerStore(recording.db, 'mssql').digestInputs([1, 2, 3], digestWeek('2026-W47'));
    assert.equal(inputs.size, 0);
    assert.equal(recording.sent.length, 1);
  });
});
