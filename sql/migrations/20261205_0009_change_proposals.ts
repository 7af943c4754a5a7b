/** Change proposals: edits and deletions the model proposed, applied only when their user confirms. */
import type { Kysely } from 'kysely';
import { dialectOf } from '../../src/storage/dialect-name.ts';
import { columnTypes } from '../column-types.ts';

// biome-ignore lint/suspicious/noExplicitAny: a migration runs against whatever schema exists at its point in history
export async function up(db: Kysely<any>): Promise<void> {
  const type = columnTypes(dialectOf(db));
  await db.schema
    .createTable('change_proposals')
    .addColumn('id', 'integer', (col) => type.id(col))
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id'))
    // The proposing run's key: a retried run finds its proposal instead of making another.
    .addColumn('source_key', type.text(300), (col) => col.notNull().unique())
    // JSON: each change with the expense as the user was shown it.
    .addColumn('changes', type.longText(), (col) => col.notNull())
    .addColumn('status', type.text(20), (col) => col.notNull())
    .addColumn('created_at', type.timestamp(), (col) => col.notNull())
    .addColumn('expires_at', type.timestamp(), (col) => col.notNull())
    .addColumn('decided_at', type.timestamp())
    .execute();
  // A bare "yes" looks for the user's latest open proposal.
  await db.schema
    .createIndex('change_proposals_user_status')
    .on('change_proposals')
    .columns(['user_id', 'status', 'id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as for up
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('change_proposals').execute();
}
