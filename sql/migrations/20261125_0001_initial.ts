/** The initial schema: users, their threads and thread messages, expenses, and inbound message keys. */
import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../../src/storage/dialect-name.ts';
import { columnTypes } from '../column-types.ts';

// biome-ignore lint/suspicious/noExplicitAny: a migration runs against whatever schema exists at its point in history
export async function up(db: Kysely<any>): Promise<void> {
  const type = columnTypes(dialectOf(db));

  await db.schema
    .createTable('users')
    .addColumn('id', 'integer', type.id)
    .addColumn('platform', type.text(16), (col) => col.notNull())
    .addColumn('platform_user_id', type.text(128), (col) => col.notNull())
    .addColumn('display_name', type.text(200))
    .addColumn('time_zone', type.text(64), (col) => col.notNull())
    .addColumn('currency', type.code3(), (col) => col.notNull())
    .addColumn('locale', type.text(35), (col) => col.notNull())
    .addColumn('week_start', 'smallint', (col) => col.notNull().defaultTo(1))
    // 0/1 rather than boolean/bit: one code path on all dialects, and node:sqlite cannot bind booleans.
    .addColumn('digest_enabled', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('last_expense_number', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', type.timestamp(), (col) => col.notNull().defaultTo(type.now()))
    .addUniqueConstraint('users_platform_user_unique', ['platform', 'platform_user_id'])
    .execute();

  await db.schema
    .createTable('threads')
    .addColumn('id', 'integer', type.id)
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id'))
    .addColumn('context', type.longText())
    .addColumn('created_at', type.timestamp(), (col) => col.notNull().defaultTo(type.now()))
    .addColumn('updated_at', type.timestamp(), (col) => col.notNull().defaultTo(type.now()))
    .addUniqueConstraint('threads_user_id_unique', ['user_id'])
    .execute();

  await db.schema
    .createTable('thread_messages')
    .addColumn('id', 'integer', type.id)
    .addColumn('thread_id', 'integer', (col) => col.notNull().references('threads.id'))
    .addColumn('role', type.text(16), (col) => col.notNull())
    .addColumn('content', type.longText(), (col) => col.notNull())
    .addColumn('created_at', type.timestamp(), (col) => col.notNull())
    .execute();
  // recentThreadMessages: one thread's messages by id, read backwards.
  await db.schema
    .createIndex('thread_messages_thread_id_idx')
    .on('thread_messages')
    .columns(['thread_id', 'id'])
    .execute();

  await db.schema
    .createTable('expenses')
    .addColumn('id', 'integer', type.id)
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id'))
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('amount_minor', 'bigint', (col) => col.notNull())
    .addColumn('currency', type.code3(), (col) => col.notNull())
    .addColumn('category', type.text(100), (col) => col.notNull())
    .addColumn('category_key', type.text(100), (col) => col.notNull())
    .addColumn('note', type.text(500))
    .addColumn('spent_on', 'date', (col) => col.notNull())
    .addColumn('created_at', type.timestamp(), (col) => col.notNull())
    .addColumn('deleted_at', type.timestamp())
    // NOT NULL on purpose: a SQL Server unique constraint admits a single NULL.
    .addColumn('source_key', type.text(200), (col) => col.notNull())
    .addUniqueConstraint('expenses_user_id_number_unique', ['user_id', 'number'])
    .addUniqueConstraint('expenses_source_key_unique', ['source_key'])
    .execute();
  // Period sums, per-day sums and lists of one user: every column they read is in the index, so a sum is
  // an index range scan that never visits the table. Partial on live rows, which is what every such query asks for.
  await db.schema
    .createIndex('expenses_user_spent_idx')
    .on('expenses')
    .columns(['user_id', 'spent_on', 'currency', 'category_key', 'amount_minor'])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
  // The same for one category ("how much on groceries this month"), and the category spelling lookup.
  await db.schema
    .createIndex('expenses_user_category_idx')
    .on('expenses')
    .columns(['user_id', 'category_key', 'spent_on', 'currency', 'amount_minor'])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();

  await db.schema
    .createTable('inbound_messages')
    .addColumn('key', type.text(200), (col) => col.primaryKey())
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id'))
    .addColumn('received_at', type.timestamp(), (col) => col.notNull())
    .addColumn('reply', type.longText())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as for up
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['inbound_messages', 'expenses', 'thread_messages', 'threads', 'users']) {
    await db.schema.dropTable(table).execute();
  }
}
