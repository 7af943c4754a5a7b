/** Queries on `web_sessions`: created at sign-in, found on every request while unexpired, deleted at sign-out. */
import type { Kysely } from 'kysely';
import type { NewWebSession, WebSession } from '../../core/ports/dashboard-store.ts';
import { readInteger, readTimestamp, writeTimestamp } from '../column-values.ts';
import type { Database } from '../database.ts';
import type { DialectName } from '../dialect-name.ts';

export async function createSession(db: Kysely<Database>, dialect: DialectName, session: NewWebSession): Promise<void> {
  await db
    .insertInto('web_sessions')
    .values({
      user_id: session.userId,
      token_hash: session.tokenHash,
      csrf_token: session.csrfToken,
      theme: session.theme,
      created_at: writeTimestamp(session.createdAt, dialect),
      expires_at: writeTimestamp(session.expiresAt, dialect),
    })
    .execute();
}

export async function findSession(
  db: Kysely<Database>,
  dialect: DialectName,
  tokenHash: string,
  now: string,
): Promise<WebSession | undefined> {
  const row = await db
    .selectFrom('web_sessions')
    .select(['user_id', 'csrf_token', 'theme', 'expires_at'])
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', writeTimestamp(now, dialect))
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    userId: readInteger(row.user_id, 'web_sessions.user_id'),
    csrfToken: row.csrf_token.trim(),
    theme: row.theme,
    expiresAt: readTimestamp(row.expires_at),
  };
}

export async function deleteSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom('web_sessions').where('token_hash', '=', tokenHash).execute();
}
