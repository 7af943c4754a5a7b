/**
 * The deployment id: made once, when this migration runs, and never again. Queues and job ids are scoped by it,
 * so two databases sharing one Redis (or a database recreated on the same Redis) never take each other's jobs.
 */
import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../../src/storage/dialect-name.ts';
import { columnTypes } from '../column-types.ts';

// biome-ignore lint/suspicious/noExplicitAny: a migration runs against whatever schema exists at its point in history
export async function up(db: Kysely<any>): Promise<void> {
  const type = columnTypes(dialectOf(db));
  // `slot` is always 1: the primary key and the check together keep the table at one row.
  await db.schema
    .createTable('deployment')
    .addColumn('slot', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('id', type.text(36), (col) => col.notNull())
    .addColumn('created_at', type.timestamp(), (col) => col.notNull().defaultTo(type.now()))
    .addPrimaryKeyConstraint('deployment_pk', ['slot'])
    .addCheckConstraint('deployment_one_row', sql`slot = 1`)
    .execute();
  await db.insertInto('deployment').values({ slot: 1, id: randomUUID() }).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as for up
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('deployment').execute();
}
