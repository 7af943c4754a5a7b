/** The web dashboard's sign-in: single-use login links and server-side sessions, both stored only as hashes. */
import type { Kysely } from 'kysely';
import { dialectOf } from '../../src/storage/dialect-name.ts';
import { columnTypes } from '../column-types.ts';

// biome-ignore lint/suspicious/noExplicitAny: a migration runs against whatever schema exists at its point in history
export async function up(db: Kysely<any>): Promise<void> {
  const type = columnTypes(dialectOf(db));
  await db.schema
    .createTable('web_login_links')
    .addColumn('id', 'integer', (col) => type.id(col))
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id'))
    // SHA-256 of the link's token, hex: the token itself is only ever in the link.
    .addColumn('token_hash', type.text(64), (col) => col.notNull().unique())
    .addColumn('created_at', type.timestamp(), (col) => col.notNull())
    .addColumn('expires_at', type.timestamp(), (col) => col.notNull())
    .addColumn('used_at', type.timestamp())
    .execute();
  await db.schema
    .createTable('web_sessions')
    .addColumn('id', 'integer', (col) => type.id(col))
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id'))
    // SHA-256 of the cookie's value, hex: a copy of the database does not hold usable cookies.
    .addColumn('token_hash', type.text(64), (col) => col.notNull().unique())
    .addColumn('csrf_token', type.text(64), (col) => col.notNull())
    // Telegram's theme colours (JSON), for a session opened from the Mini App.
    .addColumn('theme', type.longText())
    .addColumn('created_at', type.timestamp(), (col) => col.notNull())
    .addColumn('expires_at', type.timestamp(), (col) => col.notNull())
    .execute();
  await db.schema.createIndex('web_sessions_user').on('web_sessions').column('user_id').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as for up
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('web_sessions').execute();
  await db.schema.dropTable('web_login_links').execute();
}
