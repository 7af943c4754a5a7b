/** Queries on `web_login_links`: a link is created once, looked at any number of times, and used at most once. */
import type { Kysely } from 'kysely';
import type { LoginLinkState, NewLoginLink } from '../../core/ports/dashboard-store.ts';
import { readInteger, readTimestamp, writeTimestamp } from '../column-values.ts';
import type { Database } from '../database.ts';
import type { DialectName } from '../dialect-name.ts';

export async function createLoginLink(db: Kysely<Database>, dialect: DialectName, link: NewLoginLink): Promise<void> {
  await db
    .insertInto('web_login_links')
    .values({
      user_id: link.userId,
      token_hash: link.tokenHash,
      created_at: writeTimestamp(link.createdAt, dialect),
      expires_at: writeTimestamp(link.expiresAt, dialect),
    })
    .execute();
}

export async function peekLoginLink(db: Kysely<Database>, tokenHash: string, now: string): Promise<LoginLinkState> {
  const row = await db
    .selectFrom('web_login_links')
    .select(['user_id', 'expires_at', 'used_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return { state: 'unknown' };
  if (row.used_at !== null) return { state: 'used' };
  if (readTimestamp(row.expires_at) <= now) return { state: 'expired' };
  return { state: 'usable', userId: readInteger(row.user_id, 'web_login_links.user_id') };
}

/** One conditional UPDATE: of two requests with the same link, the database lets exactly one set used_at. */
export async function redeemLoginLink(
  db: Kysely<Database>,
  dialect: DialectName,
  tokenHash: string,
  now: string,
): Promise<LoginLinkState> {
  const result = await db
    .updateTable('web_login_links')
    .set({ used_at: writeTimestamp(now, dialect) })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', writeTimestamp(now, dialect))
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    const state = await peekLoginLink(db, tokenHash, now);
    // Usable a moment after the UPDATE found nothing cannot happen; say "used" rather than sign anyone in.
    return state.state === 'usable' ? { state: 'used' } : state;
  }
  const row = await db
    .selectFrom('web_login_links')
    .select('user_id')
    .where('token_hash', '=', tokenHash)
    .executeTakeFirstOrThrow();
  return { state: 'usable', userId: readInteger(row.user_id, 'web_login_links.user_id') };
}
