/** Per-user digest settings on `digest_recipients`: an own send time, and whether the platform refused them for good. */
import type { Kysely } from 'kysely';
import type { DigestRecipientSettings } from '../core/digest/digest-delivery.ts';
import { readInteger, readTimestamp, writeTimestamp } from './column-values.ts';
import type { Database } from './database.ts';
import { dialectOf } from './dialect-name.ts';
import type { DigestRecipientRow, DigestRecipientUpdate } from './digest-recipient-table.ts';
import { queryTemplate } from './query-template.ts';
import { isUniqueViolation } from './unique-violation.ts';

/** Settings of these users, by user id; users who never changed anything are absent. */
export async function findDigestRecipients(
  db: Kysely<Database>,
  userIds: ReadonlyArray<number>,
): Promise<Map<number, DigestRecipientSettings>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('digest_recipients')
    .selectAll()
    .where('user_id', 'in', [...userIds])
    .execute();
  return new Map(rows.map((row) => [readInteger(row.user_id, 'user_id'), settingsFromRow(row)]));
}

/** The user's own send time ("MON 09:00"), or null when they follow the deployment's default. */
export async function findDigestSendAt(db: Kysely<Database>, userId: number): Promise<string | null> {
  const row = await db
    .selectFrom('digest_recipients')
    .select('send_at')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.send_at ?? null;
}

/** The user's own send time ("MON 09:00"), or null to follow the deployment's default. */
export function setDigestSendAt(db: Kysely<Database>, userId: number, sendAt: string | null): Promise<void> {
  return upsert(db, userId, { send_at: sendAt });
}

/** The platform refused for good (e.g. Telegram 403 "bot was blocked by the user"): later digests skip the user. */
export function markDigestRecipientUnreachable(
  db: Kysely<Database>,
  userId: number,
  reason: string,
  now: string,
): Promise<void> {
  return upsert(db, userId, {
    unreachable: 1,
    unreachable_at: writeTimestamp(now, dialectOf(db)),
    unreachable_reason: reason.slice(0, 500),
  });
}

/**
 * Clears the unreachable mark of the user with this platform id, if they have one: called for every inbound
 * message (writing to the bot again means they unblocked it), so it is one UPDATE that usually matches nothing,
 * compiled once (see query-template.ts).
 */
const clearUnreachable = queryTemplate((db, p: { platform: string; platformUserId: string }) =>
  db
    .updateTable('digest_recipients')
    .set({ unreachable: 0, unreachable_at: null, unreachable_reason: null })
    .where('unreachable', '=', 1)
    .where('user_id', 'in', (eb) =>
      eb
        .selectFrom('users')
        .select('id')
        .where('platform', '=', p.platform)
        .where('platform_user_id', '=', p.platformUserId),
    ),
);

export async function clearUnreachableOnMessage(
  db: Kysely<Database>,
  platform: string,
  platformUserId: string,
): Promise<void> {
  await clearUnreachable.execute(db, { platform, platformUserId });
}

/**
 * Insert-or-update. SQLite and PostgreSQL: one INSERT … ON CONFLICT DO UPDATE, which never raises a duplicate-key
 * error (on PostgreSQL that would abort the chat message's transaction it may run in). SQL Server has no ON
 * CONFLICT: update, insert when nothing was there, and update again if someone inserted in between.
 */
async function upsert(
  db: Kysely<Database>,
  userId: number,
  changes: Omit<DigestRecipientUpdate, 'user_id'>,
): Promise<void> {
  const dialect = dialectOf(db);
  if (dialect !== 'mssql') {
    await db
      .insertInto('digest_recipients')
      .values({ user_id: userId, ...changes })
      .onConflict((conflict) => conflict.column('user_id').doUpdateSet(changes))
      .execute();
    return;
  }
  const update = await db
    .updateTable('digest_recipients')
    .set(changes)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (Number(update.numUpdatedRows) > 0) return;
  try {
    await db
      .insertInto('digest_recipients')
      .values({ user_id: userId, ...changes })
      .execute();
  } catch (error) {
    // Someone inserted the row between our update and insert: apply ours on top.
    if (!isUniqueViolation(error, dialect)) throw error;
    await db.updateTable('digest_recipients').set(changes).where('user_id', '=', userId).execute();
  }
}

function settingsFromRow(row: DigestRecipientRow): DigestRecipientSettings {
  return {
    sendAt: row.send_at,
    unreachable: readInteger(row.unreachable, 'unreachable') === 1,
    unreachableAt: row.unreachable_at === null ? null : readTimestamp(row.unreachable_at),
    unreachableReason: row.unreachable_reason,
  };
}
