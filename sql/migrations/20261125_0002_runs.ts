/** Runs: each question handed to the model, its status, reply, usage and where the reply must go. */
import type { Kysely } from 'kysely';
import { dialectOf } from '../../src/storage/dialect-name.ts';
import { columnTypes } from '../column-types.ts';

// biome-ignore lint/suspicious/noExplicitAny: a migration runs against whatever schema exists at its point in history
export async function up(db: Kysely<any>): Promise<void> {
  const type = columnTypes(dialectOf(db));
  await db.schema
    .createTable('runs')
    .addColumn('id', 'integer', type.id)
    .addColumn('thread_id', 'integer', (col) => col.notNull().references('threads.id'))
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id'))
    .addColumn('message_key', type.text(200), (col) => col.notNull())
    .addColumn('status', type.text(20), (col) => col.notNull())
    .addColumn('user_message', type.longText(), (col) => col.notNull())
    .addColumn('context_until_message_id', 'integer', (col) => col.notNull())
    .addColumn('reply', type.longText())
    .addColumn('reply_kind', type.text(20))
    .addColumn('response_ids', type.longText(), (col) => col.notNull())
    .addColumn('model_responses', type.longText(), (col) => col.notNull())
    .addColumn('error', type.longText())
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('input_tokens', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('output_tokens', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('reply_target', type.longText())
    .addColumn('created_at', type.timestamp(), (col) => col.notNull())
    .addColumn('updated_at', type.timestamp(), (col) => col.notNull())
    .addColumn('available_at', type.timestamp(), (col) => col.notNull())
    .addColumn('started_at', type.timestamp())
    .addColumn('completed_at', type.timestamp())
    .addColumn('lease_until', type.timestamp())
    .addColumn('delivered_at', type.timestamp())
    .addUniqueConstraint('runs_message_key_unique', ['message_key'])
    .execute();
  // The claim reads a thread's oldest unfinished run; the sweep looks for stale ones.
  await db.schema.createIndex('runs_thread_status_idx').on('runs').columns(['thread_id', 'status', 'id']).execute();
  await db.schema.createIndex('runs_status_available_idx').on('runs').columns(['status', 'available_at']).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('runs').execute();
}
