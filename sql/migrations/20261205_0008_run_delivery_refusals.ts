/**
 * Why a reply's platform refused it for good (the user blocked the bot, the chat is gone): the sweep re-delivers
 * an undelivered reply whose last job failed for any other reason, never one of these.
 */
import type { Kysely } from 'kysely';
import { dialectOf } from '../../src/storage/dialect-name.ts';
import { columnTypes } from '../column-types.ts';

// biome-ignore lint/suspicious/noExplicitAny: a migration runs against whatever schema exists at its point in history
export async function up(db: Kysely<any>): Promise<void> {
  const type = columnTypes(dialectOf(db));
  await db.schema.alterTable('runs').addColumn('delivery_refused', type.text(500)).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as for up
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('runs').dropColumn('delivery_refused').execute();
}
