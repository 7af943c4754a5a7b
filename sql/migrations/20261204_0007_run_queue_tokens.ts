/**
 * A random token per run, part of its job ids: run ids start again after a database is restored or recreated,
 * and BullMQ silently ignores a job whose id it still holds.
 */
import type { Kysely } from 'kysely';
import { dialectOf } from '../../src/storage/dialect-name.ts';
import { columnTypes } from '../column-types.ts';

// biome-ignore lint/suspicious/noExplicitAny: a migration runs against whatever schema exists at its point in history
export async function up(db: Kysely<any>): Promise<void> {
  const type = columnTypes(dialectOf(db));
  // Null for runs made before this migration: their job ids use the creation instant instead.
  await db.schema.alterTable('runs').addColumn('queue_token', type.text(32)).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as for up
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('runs').dropColumn('queue_token').execute();
}
