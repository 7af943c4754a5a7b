/** The SQL SQLite and PostgreSQL are sent for the statements whose form matters: claims, numbering, limits. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import type { Database } from '../../src/storage/database.ts';
import { createLedgerStore } from '../../src/storage/kysely-ledger-store.ts';
import { recordingKysely } from './recording-driver.ts';

const dialects = [
  {
    name: 'postgres' as const,
    adapter: () => new PostgresAdapter(),
    compiler: () => new PostgresQueryCompiler(),
    introspector: PostgresIntrospector,
    p: (n: number) => `$${n}`,
  },
  {
    name: 'sqlite' as const,
    adapter: () => new SqliteAdapter(),
    compiler: () => new SqliteQueryCompiler(),
    introspector: SqliteIntrospector,
    p: (_: number) => '?',
  },
];

const expenseRow = {
  id: 5,
  user_id: 1,
  number: 7,
  amount_minor: 100,
  currency: 'INR',
  category: 'Groceries',
  category_key: 'groceries',
  note: null,
  spent_on: '2026-12-31',
  created_at: '2026-11-25T06:30:00.000Z',
  deleted_at: null,
  source_key: 'k',
};

for (const dialect of dialects) {
  describe(`${dialect.name}: generated SQL`, () => {
    const { p } = dialect;
    const record = () =>
      recordingKysely<Database>({
        adapter: dialect.adapter,
        compiler: dialect.compiler,
        introspector: (db) => new dialect.introspector(db),
        respond: (query) => {
          if (query.sql.startsWith('update "users"')) return { rows: [{ last_expense_number: 7 }] };
          if (query.sql.startsWith('select "id" from "expenses"')) return { rows: [] };
          if (query.sql.includes('"expenses"')) return { rows: [expenseRow] };
          return { rows: [], numAffectedRows: 1n };
        },
      });

    test('a claim is insert … on conflict do nothing, which cannot abort the transaction', async () => {
      const recording = record();
      await createLedgerStore(recording.db, dialect.name).claimInboundMessage('k', 1, '2026-11-25T06:30:00Z');
      assert.deepEqual(
        recording.sent.map((query) => query.sql),
        [
          `insert into "inbound_messages" ("key", "user_id", "received_at") values (${p(1)}, ${p(2)}, ${p(3)}) on conflict ("key") do nothing`,
        ],
      );
      assert.deepEqual(recording.sent[0]?.parameters, ['k', 1, '2026-11-25T06:30:00.000Z']);
    });

    test('insertExpense takes the number from the users row it updates, in one transaction', async () => {
      const recording = record();
      await createLedgerStore(recording.db, dialect.name).insertExpense({
        userId: 1,
        amount: { minor: 100, currency: 'INR' },
        category: 'Groceries',
        note: null,
        spentOn: '2026-12-31',
        sourceKey: 'k',
        createdAt: '2026-11-25T06:30:00Z',
      });
      const sent = recording.sent.map((query) => query.sql);
      assert.equal(sent[0], 'begin');
      assert.equal(
        sent[2],
        `update "users" set "last_expense_number" = "last_expense_number" + ${p(1)} where "id" = ${p(2)} returning "last_expense_number"`,
      );
      assert.match(sent[3] ?? '', /^insert into "expenses" .* returning \*$/);
      assert.equal(sent[4], 'commit');
    });

    test('lists are limited with limit, as a parameter', async () => {
      const recording = record();
      await createLedgerStore(recording.db, dialect.name).listExpenses(1, { limit: 3 });
      assert.deepEqual(recording.sent[0], {
        sql: `select * from "expenses" where "user_id" = ${p(1)} and "deleted_at" is null order by "spent_on" desc, "id" desc limit ${p(2)}`,
        parameters: [1, 3],
      });
    });

    test('largest expenses are limited with limit, as a parameter, largest amount first', async () => {
      const recording = record();
      await createLedgerStore(recording.db, dialect.name).largestExpenses(1, {
        from: '2026-11-01',
        to: '2026-11-30',
        currency: 'INR',
        limit: 3,
      });
      assert.deepEqual(recording.sent[0], {
        sql: `select * from "expenses" where "user_id" = ${p(1)} and "deleted_at" is null and "currency" = ${p(2)} and "spent_on" >= ${p(3)} and "spent_on" <= ${p(4)} order by "amount_minor" desc, "spent_on" desc, "number" desc limit ${p(5)}`,
        parameters: [1, 'INR', '2026-11-01', '2026-11-30', 3],
      });
    });

    test('category memory: a limited lookup by user and keywords, and one insert … on conflict do update', async () => {
      const recording = record();
      const store = createLedgerStore(recording.db, dialect.name);
      await store.findRememberedCategory(1, ['chitale', 'kamat']);
      await store.rememberCategory(1, ['chitale', 'kamat'], 'Sweets', '2026-11-25T06:30:00Z');
      assert.deepEqual(recording.sent, [
        {
          sql: `select "category" from "category_memories" where "user_id" = ${p(1)} and "keyword" in (${p(2)}, ${p(3)}) order by "updated_at" desc, "keyword" limit ${p(4)}`,
          parameters: [1, 'chitale', 'kamat', 1],
        },
        {
          sql: `insert into "category_memories" ("user_id", "keyword", "category", "updated_at") values (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}), (${p(5)}, ${p(6)}, ${p(7)}, ${p(8)}) on conflict ("user_id", "keyword") do update set "category" = ${p(9)}, "updated_at" = ${p(10)}`,
          parameters: [
            1,
            'chitale',
            'Sweets',
            '2026-11-25T06:30:00.000Z',
            1,
            'kamat',
            'Sweets',
            '2026-11-25T06:30:00.000Z',
            'Sweets',
            '2026-11-25T06:30:00.000Z',
          ],
        },
      ]);
    });
  });
}
