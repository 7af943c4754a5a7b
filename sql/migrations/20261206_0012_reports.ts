/** File deliveries: exports and month reports asked for in the chat, kept until their file has been sent. */
import type { Kysely } from 'kysely';
import { dialectOf } from '../../src/storage/dialect-name.ts';
import { columnTypes } from '../column-types.ts';

// biome-ignore lint/suspicious/noExplicitAny: a migration runs against whatever schema exists at its point in history
export async function up(db: Kysely<any>): Promise<void> {
  const type = columnTypes(dialectOf(db));
  await db.schema
    .createTable('file_deliveries')
    .addColumn('id', 'integer', (col) => type.id(col))
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id'))
    // The asking message's key: one file per message, however often it is redelivered.
    .addColumn('message_key', type.text(300), (col) => col.notNull().unique())
    // JSON: what to make (export or report, format, period).
    .addColumn('request', type.longText(), (col) => col.notNull())
    .addColumn('reply_target', type.longText())
    .addColumn('queue_token', type.text(40), (col) => col.notNull())
    .addColumn('created_at', type.timestamp(), (col) => col.notNull())
    // Wall-clock time of the last queueing: the sweep compares it with the wall clock, whatever FINBOT_NOW says.
    .addColumn('queued_at', type.timestamp(), (col) => col.notNull())
    .addColumn('delivered_at', type.timestamp())
    .addColumn('refused_reason', type.text(500))
    .execute();
  // The sweep looks for what is neither delivered nor refused.
  await db.schema
    .createIndex('file_deliveries_pending')
    .on('file_deliveries')
    .columns(['delivered_at', 'refused_reason', 'queued_at'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as for up
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('file_deliveries').execute();
}
