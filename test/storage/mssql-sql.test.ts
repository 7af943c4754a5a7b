/** SQL Server without a server: every LedgerStore method through Kysely's real MSSQL compiler, checking the SQL sent. */
import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { type CompiledQuery, MssqlAdapter, MssqlIntrospector, MssqlQueryCompiler, type QueryResult } from 'kysely';
import { up } from '../../sql/migrations/20261125_0001_initial.ts';
import { up as upCategoryMemories } from '../../sql/migrations/20261125_0004_category_memories.ts';
import type { LedgerStore } from '../../src/core/ports/ledger-store.ts';
import type { Database } from '../../src/storage/database.ts';
import { DuplicateSourceKeyError } from '../../src/storage/duplicate-source-key-error.ts';
import { createLedgerStore } from '../../src/storage/kysely-ledger-store.ts';
import { type Recording, recordingKysely } from './recording-driver.ts';

const createdAt = new Date('2026-11-25T06:30:00.123Z');
/** Rows as tedious returns them: datetime2 and date as Dates (UTC), bigint as strings. */
const userRow = {
  id: 1,
  platform: 'telegram',
  platform_user_id: '42',
  display_name: 'Asha',
  time_zone: 'Asia/Kolkata',
  currency: 'INR',
  locale: 'en-IN',
  week_start: 1,
  digest_enabled: 1,
  last_expense_number: 6,
  created_at: createdAt,
};
const expenseRow = {
  id: 5,
  user_id: 1,
  number: 7,
  amount_minor: '9000000000000',
  currency: 'INR',
  category: 'Groceries',
  category_key: 'groceries',
  note: null,
  spent_on: new Date('2026-12-31T00:00:00.000Z'),
  created_at: createdAt,
  deleted_at: null,
  source_key: 'telegram:update:7',
};

describe('SQL Server: the SQL each LedgerStore method sends', () => {
  let recording: Recording<Database>;
  let store: LedgerStore;
  /** Answers queued for the next statements; otherwise a default by table. */
  let queued: Array<QueryResult<unknown>>;

  const respond = (query: CompiledQuery): QueryResult<unknown> => {
    const next = queued.shift();
    if (next) return next;
    const sql = query.sql;
    if (sql.includes('sum(')) return { rows: [] };
    if (sql.startsWith('select "last_expense_number" from "users"')) return { rows: [{ last_expense_number: 7 }] };
    if (sql.startsWith('select "id" from "expenses"')) return { rows: [] };
    if (sql.includes('"expenses"')) return { rows: [expenseRow], numAffectedRows: 1n };
    if (sql.includes('"users"')) return { rows: [userRow], numAffectedRows: 1n };
    if (sql.includes('from "threads"')) return { rows: [{ id: 3, user_id: 1, context: '{"category":"Groceries"}' }] };
    return { rows: [], numAffectedRows: 1n };
  };

  beforeEach(() => {
    queued = [];
    recording = recordingKysely<Database>({
      adapter: () => new MssqlAdapter(),
      compiler: () => new MssqlQueryCompiler(),
      introspector: (db) => new MssqlIntrospector(db),
      respond,
    });
    store = createLedgerStore(recording.db, 'mssql');
  });

  const sent = () => recording.sent.map((query) => query.sql.replace(/\s+/g, ' ').trim());
  const parameters = () => recording.sent.map((query) => query.parameters);

  test('users: output instead of returning, top instead of limit, 0/1 for the digest flag', async () => {
    const user = await store.createUser({
      platform: 'telegram',
      platformUserId: '42',
      displayName: 'Asha',
      timeZone: 'Asia/Kolkata',
      currency: 'INR',
      locale: 'en-IN',
      weekStart: 1,
      digestEnabled: true,
    });
    assert.equal(user.createdAt, '2026-11-25T06:30:00.123Z');
    assert.equal(user.digestEnabled, true);
    await store.findUser('telegram', '42');
    await store.findUserById(1);
    await store.updateUserSettings(1, { currency: 'USD', digestEnabled: false });
    await store.listUsers({ afterId: 10, limit: 50, digestEnabled: false });
    assert.deepEqual(sent(), [
      'begin',
      'insert into "users" ("platform", "platform_user_id", "display_name", "time_zone", "currency", "locale", "week_start", "digest_enabled") output "inserted".* values (@1, @2, @3, @4, @5, @6, @7, @8)',
      'insert into "threads" ("user_id") values (@1)',
      'commit',
      'select * from "users" where "platform" = @1 and "platform_user_id" = @2',
      'select * from "users" where "id" = @1',
      'update "users" set "currency" = @1, "digest_enabled" = @2 where "id" = @3',
      'select * from "users" where "id" = @1',
      'select top(50) * from "users" where "id" > @1 and "digest_enabled" = @2 order by "id"',
    ]);
    assert.deepEqual(parameters()[1], ['telegram', '42', 'Asha', 'Asia/Kolkata', 'INR', 'en-IN', 1, 1]);
    assert.deepEqual(parameters()[6], ['USD', 0, 1]);
  });

  test('threads: context as JSON text, messages appended one by one and read with top', async () => {
    const thread = await store.getThread(1);
    assert.deepEqual(thread, { id: 3, userId: 1, context: { category: 'Groceries' } });
    await store.saveThreadContext(3, { category: null });
    await store.appendThreadMessages(3, [
      { role: 'user', content: 'hi', createdAt: '2026-11-25T06:30:00.123Z' },
      { role: 'assistant', content: 'hello', createdAt: '2026-11-25T06:30:01Z' },
    ]);
    queued.push({
      rows: [
        { id: 11, thread_id: 3, role: 'assistant', content: 'hello', created_at: new Date('2026-11-25T06:30:01Z') },
        { id: 10, thread_id: 3, role: 'user', content: 'hi', created_at: createdAt },
      ],
    });
    const messages = await store.recentThreadMessages(3, 20);
    assert.deepEqual(
      messages.map((message) => [message.id, message.createdAt]),
      [
        [10, '2026-11-25T06:30:00.123Z'],
        [11, '2026-11-25T06:30:01.000Z'],
      ],
    );
    assert.deepEqual(sent(), [
      'select "id", "user_id", "context" from "threads" where "user_id" = @1',
      'update "threads" set "context" = @1, "updated_at" = sysutcdatetime() where "id" = @2',
      'begin',
      'insert into "thread_messages" ("thread_id", "role", "content", "created_at") values (@1, @2, @3, @4)',
      'insert into "thread_messages" ("thread_id", "role", "content", "created_at") values (@1, @2, @3, @4)',
      'commit',
      'select top(20) * from "thread_messages" where "thread_id" = @1 order by "id" desc',
    ]);
    assert.deepEqual(parameters()[1], ['{"category":null}', 3]);
    // Timestamps go as strings in a form datetime2 reads the same under any language setting.
    assert.deepEqual(parameters()[3], [3, 'user', 'hi', '2026-11-25T06:30:00.123']);
    assert.deepEqual(parameters()[4], [3, 'assistant', 'hello', '2026-11-25T06:30:01.000']);
  });

  test('inbound claims: insert … select … where not exists under (updlock, holdlock), then the stored reply', async () => {
    assert.deepEqual(await store.claimInboundMessage('telegram:update:7', 1, '2026-11-25T06:30:00Z'), {
      claimed: true,
    });
    queued.push({ rows: [], numAffectedRows: 0n }, { rows: [{ reply: '{"text":"Added #7"}' }] });
    assert.deepEqual(await store.claimInboundMessage('telegram:update:7', 1, '2026-11-25T06:30:00Z'), {
      claimed: false,
      reply: '{"text":"Added #7"}',
    });
    await store.saveInboundReply('telegram:update:7', '{"text":"Added #7"}');
    const claim =
      'insert into "inbound_messages" ("key", "user_id", "received_at") select @1, @2, @3 where not exists ( select 1 from "inbound_messages" with (updlock, holdlock) where "key" = @4 )';
    assert.deepEqual(sent(), [
      claim,
      claim,
      'select "reply" from "inbound_messages" where "key" = @1 and "user_id" = @2',
      'update "inbound_messages" set "reply" = @1 where "key" = @2',
    ]);
    assert.deepEqual(parameters()[0], ['telegram:update:7', 1, '2026-11-25T06:30:00.000', 'telegram:update:7']);
  });

  test('insertExpense: number bumped on the locked users row and read back in the transaction, the row back via output inserted.*', async () => {
    const expense = await store.insertExpense({
      userId: 1,
      amount: { minor: 9_000_000_000_000, currency: 'INR' },
      category: 'Groceries',
      note: null,
      spentOn: '2026-12-31',
      sourceKey: 'telegram:update:7',
      createdAt: '2026-11-25T06:30:00.123Z',
    });
    // Values read back as tedious gives them: bigint string, Date at UTC midnight, datetime2 Date.
    assert.deepEqual(expense, {
      id: 5,
      userId: 1,
      number: 7,
      amount: { minor: 9_000_000_000_000, currency: 'INR' },
      category: 'Groceries',
      note: null,
      spentOn: '2026-12-31',
      createdAt: '2026-11-25T06:30:00.123Z',
      deletedAt: null,
      sourceKey: 'telegram:update:7',
    });
    assert.deepEqual(sent(), [
      'begin',
      'select "id" from "expenses" where "source_key" = @1',
      'update "users" set "last_expense_number" = "last_expense_number" + @1 where "id" = @2',
      'select "last_expense_number" from "users" where "id" = @1',
      'insert into "expenses" ("user_id", "number", "amount_minor", "currency", "category", "category_key", "note", "spent_on", "created_at", "source_key") output "inserted".* values (@1, @2, @3, @4, @5, @6, @7, @8, @9, @10)',
      'commit',
    ]);
    assert.deepEqual(parameters()[4], [
      1,
      7,
      9_000_000_000_000,
      'INR',
      'Groceries',
      'groceries',
      null,
      '2026-12-31',
      '2026-11-25T06:30:00.123',
      'telegram:update:7',
    ]);
  });

  test('a known source key is refused before any write, and a duplicate-key error 2627 is reported the same way', async () => {
    queued.push({ rows: [{ id: 5 }] });
    await assert.rejects(store.insertExpense(newExpense('k1')), DuplicateSourceKeyError);
    assert.deepEqual(sent(), ['begin', 'select "id" from "expenses" where "source_key" = @1', 'rollback']);

    recording.clear();
    const tediousError = Object.assign(
      new Error("Violation of UNIQUE KEY constraint 'expenses_source_key_unique'. Cannot insert duplicate key."),
      { number: 2627 },
    );
    const failing = recordingKysely<Database>({
      adapter: () => new MssqlAdapter(),
      compiler: () => new MssqlQueryCompiler(),
      introspector: (db) => new MssqlIntrospector(db),
      respond: (query) => {
        if (query.sql.startsWith('insert into "expenses"')) throw [tediousError];
        return respond(query);
      },
    });
    await assert.rejects(
      createLedgerStore(failing.db, 'mssql').insertExpense(newExpense('k2')),
      DuplicateSourceKeyError,
    );
  });

  test('expense lookups and edits: live rows of that user only, top(n) for limits', async () => {
    await store.findExpenseBySourceKey(1, 'telegram:update:7');
    await store.findExpenseByNumber(1, 7);
    await store.latestExpense(1);
    await store.updateExpense(1, 7, { amount: { minor: 500, currency: 'USD' }, category: 'Board Games', note: null });
    queued.push({ rows: [], numAffectedRows: 1n });
    assert.equal(await store.deleteExpense(1, 7, '2026-11-26T10:00:00Z'), true);
    queued.push({ rows: [], numAffectedRows: 0n });
    assert.equal(await store.deleteExpense(1, 8, '2026-11-26T10:00:00Z'), false);
    await store.listExpenses(1, { from: '2026-11-01', to: '2026-11-30', categoryKey: 'Groceries', limit: 10 });
    await store.listExpenses(1, {});
    assert.equal(await store.findCategorySpelling(1, 'groceries'), 'Groceries');
    assert.deepEqual(sent(), [
      'select * from "expenses" where "user_id" = @1 and "source_key" = @2',
      'select * from "expenses" where "user_id" = @1 and "number" = @2 and "deleted_at" is null',
      'select top(1) * from "expenses" where "user_id" = @1 and "deleted_at" is null order by "number" desc',
      'update "expenses" set "amount_minor" = @1, "currency" = @2, "category" = @3, "category_key" = @4, "note" = @5 output "inserted".* where "user_id" = @6 and "number" = @7 and "deleted_at" is null',
      'update "expenses" set "deleted_at" = @1 where "user_id" = @2 and "number" = @3 and "deleted_at" is null',
      'update "expenses" set "deleted_at" = @1 where "user_id" = @2 and "number" = @3 and "deleted_at" is null',
      'select top(10) * from "expenses" where "user_id" = @1 and "deleted_at" is null and "spent_on" >= @2 and "spent_on" <= @3 and "category_key" = @4 order by "spent_on" desc, "id" desc',
      'select * from "expenses" where "user_id" = @1 and "deleted_at" is null order by "spent_on" desc, "id" desc',
      'select top(1) "category" from "expenses" where "user_id" = @1 and "category_key" = @2 and "deleted_at" is null order by "spent_on" desc, "id" desc',
    ]);
    assert.deepEqual(parameters()[4], ['2026-11-26T10:00:00.000', 1, 7]);
    assert.deepEqual(parameters()[6], [1, '2026-11-01', '2026-11-30', 'groceries']);
  });

  test('sums: SUM over bigint arrives as a string and is read exactly; dates arrive as Dates', async () => {
    const query = { from: '2026-01-01', to: '2026-12-31' };
    queued.push({ rows: [{ currency: 'INR', minor: '9000000000000', count: 3 }] });
    assert.deepEqual(await store.sumExpenses(1, { ...query, groupBy: 'none' }), [
      { currency: 'INR', key: '', minor: 9_000_000_000_000, count: 3 },
    ]);
    queued.push({ rows: [{ currency: 'INR', minor: '700', count: 2, category: 'Groceries' }] });
    assert.deepEqual(await store.sumExpenses(1, { ...query, groupBy: 'category', categoryKey: 'groceries' }), [
      { currency: 'INR', key: 'Groceries', minor: 700, count: 2 },
    ]);
    queued.push({ rows: [{ currency: 'INR', minor: '5', count: 1, spent_on: new Date('2026-01-01T00:00:00Z') }] });
    assert.deepEqual(await store.sumExpenses(1, { ...query, groupBy: 'day' }), [
      { currency: 'INR', key: '2026-01-01', minor: 5, count: 1 },
    ]);
    queued.push({ rows: [{ currency: 'INR', minor: '9007199254740993', count: 2 }] });
    await assert.rejects(store.sumExpenses(1, { ...query, groupBy: 'none' }), RangeError);
    const where =
      'from "expenses" where "user_id" = @1 and "deleted_at" is null and "spent_on" >= @2 and "spent_on" <= @3';
    assert.deepEqual(sent().slice(0, 3), [
      `select "currency", sum("amount_minor") as "minor", count(*) as "count" ${where} group by "currency" order by "currency"`,
      `select "currency", sum("amount_minor") as "minor", count(*) as "count", max("category") as "category" ${where} and "category_key" = @4 group by "currency", "category_key" order by "currency", "minor" desc, "category_key"`,
      `select "currency", sum("amount_minor") as "minor", count(*) as "count", "spent_on" ${where} group by "currency", "spent_on" order by "currency", "spent_on"`,
    ]);
  });

  test('largest expenses: top(n) of one currency by amount; sums narrowed to one currency by a parameter', async () => {
    queued.push({ rows: [expenseRow] });
    const largest = await store.largestExpenses(1, {
      from: '2026-11-01',
      to: '2026-11-30',
      currency: 'inr',
      categoryKey: 'Groceries',
      limit: 3,
    });
    assert.deepEqual(
      largest.map((expense) => [expense.number, expense.amount]),
      [[7, { minor: 9_000_000_000_000, currency: 'INR' }]],
    );
    await store.sumExpenses(1, { from: '2026-11-01', to: '2026-11-30', groupBy: 'none', currency: 'USD' });
    assert.deepEqual(sent(), [
      'select top(3) * from "expenses" where "user_id" = @1 and "deleted_at" is null and "currency" = @2 and "spent_on" >= @3 and "spent_on" <= @4 and "category_key" = @5 order by "amount_minor" desc, "spent_on" desc, "number" desc',
      'select "currency", sum("amount_minor") as "minor", count(*) as "count" from "expenses" where "user_id" = @1 and "deleted_at" is null and "spent_on" >= @2 and "spent_on" <= @3 and "currency" = @4 group by "currency" order by "currency"',
    ]);
    assert.deepEqual(parameters(), [
      [1, 'INR', '2026-11-01', '2026-11-30', 'groceries'],
      [1, '2026-11-01', '2026-11-30', 'USD'],
    ]);
  });

  test('category memory: top(1) over the primary key, update-then-insert instead of on conflict, top(n) spellings', async () => {
    queued.push({ rows: [{ category: 'food' }] });
    assert.equal(await store.findRememberedCategory(1, ["haldiram's", 'sweets', "haldiram's"]), 'food');
    queued.push({ rows: [], numAffectedRows: 1n }, { rows: [], numAffectedRows: 0n });
    await store.rememberCategory(1, ['chitale', 'kamat'], 'Sweets', '2026-11-25T06:30:00Z');
    await store.forgetCategoryKeywords(1, ['sweets']);
    assert.deepEqual(await store.listCategorySpellings(1, 200), ['Groceries']);
    assert.deepEqual(sent(), [
      'select top(1) "category" from "category_memories" where "user_id" = @1 and "keyword" in (@2, @3) order by "updated_at" desc, "keyword"',
      'update "category_memories" set "category" = @1, "updated_at" = @2 where "user_id" = @3 and "keyword" = @4',
      'update "category_memories" set "category" = @1, "updated_at" = @2 where "user_id" = @3 and "keyword" = @4',
      'insert into "category_memories" ("user_id", "keyword", "category", "updated_at") values (@1, @2, @3, @4)',
      'delete from "category_memories" where "user_id" = @1 and "keyword" in (@2)',
      'select top(200) "category" from "expenses" where "user_id" = @1 and "deleted_at" is null group by "category" order by count(*) desc, "category"',
    ]);
    assert.deepEqual(parameters()[0], [1, "haldiram's", 'sweets']);
    assert.deepEqual(parameters()[3], [1, 'kamat', 'Sweets', '2026-11-25T06:30:00.000']);
  });

  test('category memory: a keyword inserted by someone else in between (error 2627) is updated instead', async () => {
    const duplicate = Object.assign(new Error("Violation of PRIMARY KEY constraint 'category_memories_pk'."), {
      number: 2627,
    });
    const racing = recordingKysely<Database>({
      adapter: () => new MssqlAdapter(),
      compiler: () => new MssqlQueryCompiler(),
      introspector: (db) => new MssqlIntrospector(db),
      respond: (query) => {
        if (query.sql.startsWith('insert into "category_memories"')) throw [duplicate];
        return { rows: [], numAffectedRows: 0n };
      },
    });
    await createLedgerStore(racing.db, 'mssql').rememberCategory(1, ['chitale'], 'Sweets', '2026-11-25T06:30:00Z');
    assert.deepEqual(
      racing.sent.map((query) => query.sql.split(' ').slice(0, 3).join(' ')),
      ['update "category_memories" set', 'insert into "category_memories"', 'update "category_memories" set'],
    );
  });

  test('transaction() sends one begin/commit, reuses it when nested, and rolls back on a throw', async () => {
    await store.transaction((trx) => trx.transaction((inner) => inner.insertExpense(newExpense('k3'))));
    assert.deepEqual(sent()[0], 'begin');
    assert.equal(sent().filter((sql) => sql === 'begin').length, 1);
    assert.equal(sent().at(-1), 'commit');
    recording.clear();
    await assert.rejects(
      store.transaction(async (trx) => {
        await trx.claimInboundMessage('k4', 1, '2026-11-25T06:30:00Z');
        throw new Error('handler failed');
      }),
      /handler failed/,
    );
    assert.equal(sent()[0], 'begin');
    assert.equal(sent().at(-1), 'rollback');
  });

  test('across all of it: no limit, no returning, @n placeholders, and no Date parameters', async () => {
    await store.createUser({
      platform: 'slack',
      platformUserId: 'T1:U1',
      displayName: null,
      timeZone: 'UTC',
      currency: 'USD',
      locale: 'en-US',
      weekStart: 7,
      digestEnabled: false,
    });
    await store.listUsers({ afterId: 0, limit: 100 });
    await store.getThread(1);
    await store.saveThreadContext(3, {});
    await store.appendThreadMessages(3, [{ role: 'event', content: 'x', createdAt: '2026-11-25T06:30:00Z' }]);
    await store.recentThreadMessages(3, 5);
    await store.claimInboundMessage('k5', 1, '2026-11-25T06:30:00Z');
    await store.saveInboundReply('k5', 'r');
    await store.insertExpense(newExpense('k6'));
    await store.findExpenseBySourceKey(1, 'k6');
    await store.findExpenseByNumber(1, 7);
    await store.latestExpense(1);
    await store.updateExpense(1, 7, { spentOn: '2026-12-31' });
    await store.deleteExpense(1, 7, '2026-11-25T06:30:00Z');
    await store.listExpenses(1, { limit: 3 });
    await store.findCategorySpelling(1, 'groceries');
    await store.sumExpenses(1, { from: '2026-01-01', to: '2026-12-31', groupBy: 'day' });
    await store.findRememberedCategory(1, ['chitale', 'kamat']);
    await store.rememberCategory(1, ['chitale'], 'Sweets', '2026-11-25T06:30:00Z');
    await store.forgetCategoryKeywords(1, ['chitale']);
    await store.listCategorySpellings(1, 200);
    for (const { sql, parameters } of recording.sent) {
      assert.doesNotMatch(sql, /\blimit\b|\breturning\b|\boffset\b/i, sql);
      assert.doesNotMatch(sql, /\$\d|\?/, sql);
      const placeholders = [...sql.matchAll(/@(\d+)/g)].map((match) => Number(match[1]));
      assert.equal(Math.max(0, ...placeholders), parameters.length, sql);
      for (const value of parameters) {
        assert.ok(value === null || ['string', 'number'].includes(typeof value), `${typeof value} parameter in ${sql}`);
        if (typeof value === 'number') assert.ok(Number.isSafeInteger(value), `non-integer parameter in ${sql}`);
      }
    }
  });
});

describe('SQL Server: the initial migration', () => {
  test('compiles to SQL Server DDL: identity keys, nvarchar, datetime2(3), int flags, filtered indexes', async () => {
    const recording = recordingKysely<unknown>({
      adapter: () => new MssqlAdapter(),
      compiler: () => new MssqlQueryCompiler(),
      introspector: (db) => new MssqlIntrospector(db),
      respond: () => ({ rows: [] }),
    });
    await up(recording.db);
    const ddl = recording.sent.map((query) => query.sql);
    const all = ddl.join('\n');
    assert.doesNotMatch(all, /if not exists/i);
    assert.doesNotMatch(all, /\bbit\b|\bboolean\b|\btimestamptz\b|\bserial\b|\bautoincrement\b/i);
    assert.doesNotMatch(
      all,
      /"\w+" (text|varchar)\b/i,
      'SQL Server text is deprecated and varchar converts against nvarchar parameters',
    );
    assert.ok(ddl.every((sql) => !sql.includes('?') && !sql.includes('$1')));
    assert.ok(ddl.every((_, index) => (recording.sent[index]?.parameters.length ?? 0) === 0));
    const table = (name: string) => ddl.find((sql) => sql.startsWith(`create table "${name}"`)) ?? '';
    assert.match(table('users'), /"id" integer identity primary key/);
    assert.match(table('users'), /"digest_enabled" integer default 1 not null/);
    assert.match(table('users'), /"created_at" datetime2\(3\) default sysutcdatetime\(\) not null/);
    assert.match(table('users'), /constraint "users_platform_user_unique" unique \("platform", "platform_user_id"\)/);
    assert.match(table('thread_messages'), /"content" nvarchar\(max\) not null/);
    assert.match(table('expenses'), /"amount_minor" bigint not null/);
    assert.match(table('expenses'), /"spent_on" date not null/);
    assert.match(table('expenses'), /"source_key" nvarchar\(200\) not null/);
    assert.match(table('expenses'), /constraint "expenses_source_key_unique" unique \("source_key"\)/);
    assert.match(table('inbound_messages'), /"key" nvarchar\(200\) primary key/);
    assert.match(table('inbound_messages'), /"reply" nvarchar\(max\)/);
    assert.ok(
      ddl.includes(
        'create index "expenses_user_spent_idx" on "expenses" ("user_id", "spent_on", "currency", "category_key", "amount_minor") where "deleted_at" is null',
      ),
    );
  });
});

describe('SQL Server: the category memory migration', () => {
  test('compiles to SQL Server DDL: nvarchar keyword and category, datetime2(3), a primary key on user and keyword', async () => {
    const recording = recordingKysely<unknown>({
      adapter: () => new MssqlAdapter(),
      compiler: () => new MssqlQueryCompiler(),
      introspector: (db) => new MssqlIntrospector(db),
      respond: () => ({ rows: [] }),
    });
    await upCategoryMemories(recording.db);
    assert.deepEqual(
      recording.sent.map((query) => query.sql),
      [
        'create table "category_memories" ("user_id" integer not null references "users" ("id"), "keyword" nvarchar(100) not null, "category" nvarchar(100) not null, "updated_at" datetime2(3) not null, constraint "category_memories_pk" primary key ("user_id", "keyword"))',
      ],
    );
  });
});

function newExpense(sourceKey: string) {
  return {
    userId: 1,
    amount: { minor: 100, currency: 'INR' },
    category: 'Groceries',
    note: null,
    spentOn: '2026-12-31',
    sourceKey,
    createdAt: '2026-11-25T06:30:00Z',
  };
}
