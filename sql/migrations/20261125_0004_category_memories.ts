/** Remembered categories: a word a user re-categorised (a merchant, their own old category) → the category they chose. */
import type { Kysely } from 'kysely';
import { dialectOf } from '../../src/storage/dialect-name.ts';
import { columnTypes } from '../column-types.ts';

// biome-ignore lint/suspicious/noExplicitAny: a migration runs against whatever schema exists at its point in history
export async function up(db: Kysely<any>): Promise<void> {
  const type = columnTypes(dialectOf(db));
  // The primary key (user_id, keyword) is also the quick-add's lookup: one user's few keywords, by equality.
  await db.schema
    .createTable('category_memories')
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id'))
    // Lower-case, spaces tidied: what a quick-add's keywords are compared with.
    .addColumn('keyword', type.text(100), (col) => col.notNull())
    // The user's spelling, stored on the expense as is.
    .addColumn('category', type.text(100), (col) => col.notNull())
    // When several keywords of one message are remembered, the latest taught wins.
    .addColumn('updated_at', type.timestamp(), (col) => col.notNull())
    .addPrimaryKeyConstraint('category_memories_pk', ['user_id', 'keyword'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as for up
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('category_memories').execute();
}
