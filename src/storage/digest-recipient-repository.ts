/** Per-user digest settings on `digest_recipients`: an own send time, and whether the platform refused them for good. */
import type { Kysely, Updateable } from 'kysely';
import { readInteger, readTimestamp, writeTimestamp } from './column-values.ts';
import type { Database } from './database.ts';
import { dialectOf } from './dialect-name.ts';
import type { DigestRecipientTable, DigestTables } from './digest-tables.ts';
import { queryTemplate } from './query-template.ts';
import { isUniqueViolation } from './unique-violation.ts';

export interface DigestRecipientSettings {
  /** "MON 09:00", or null for the deployment's default. */
  readonly sendAt: string | null;
  readonly unreachable: boolean;
  readonly unreachableAt: string | null;
  readonly unreachableReason: string | null;
}

// biome-ignore lint/suspicious/noExplicitAny: works on any schema that holds the digest tables
type AnyDb = Kysely<any>;

function tables(db: AnyDb): Kysely<DigestTables> {
  return db as unknown as Kysely<DigestTables>;
}

/** Settings of these users, by user id; users who never changed anything are absent. */
export async function findDigestRecipients(
  db: AnyDb,
  userIds: ReadonlyArray<number>,
): Promise<Map<number, DigestRecipientSettings>> {
  if (userIds.length === 0) return new Map();
  const rows = await tables(db)
    .selectFrom('digest_recipients')
    .selectAll()
    .where('user_id', 'in', [...userIds])
    .execute();
  return new Map(
    rows.map((row) => [
      readInteger(row.user_id, 'user_id'),
      {
        sendAt: row.send_at,
        unreachable: readInteger(row.unreachable, 'unreachable') === 1,
        unreachableAt: row.unreachable_at === null ? null : readTimestamp(row.unreachable_at),
        unreachableReason: row.unreachable_reason,
      },
    ]),
  );
}

/** The user's own send time ("MON 09:00"), or null when they follow the deployment's default. */
export async function findDigestSendAt(db: AnyDb, userId: number): Promise<string | null> {
  const row = await tables(db)
    .selectFrom('digest_recipients')
    .select('send_at')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.send_at ?? null;
}

/** The user's own send time ("MON 09:00"), or null to follow the deployment's default. */
export function setDigestSendAt(db: AnyDb, userId: number, sendAt: string | null): Promise<void> {
  return upsert(db, userId, { send_at: sendAt });
}

/** The platform refused for good (e.g. Telegram 403 "bot was blocked by the user"): later digests skip the user. */
export function markDigestRecipientUnreachable(db: AnyDb, userId: number, reason: string, now: string): Promise<void> {
  return upsert(db, userId, {
    unreachable: 1,
    unreachable_at: writeTimestamp(now, dialectOf(db)),
    unreachable_reason: reason.slice(0, 500),
  });
}

/** The user is back (they wrote to the bot again): digests resume. */
export function markDigestRecipientReachable(db: AnyDb, userId: number): Promise<void> {
  return upsert(db, userId, { unreachable: 0, unreachable_at: null, unreachable_reason: null });
}

/**
 * Clears the unreachable mark of the user with this platform id, if they have one: called for every inbound
 * message (writing to the bot again means they unblocked it), so it is one UPDATE that usually matches nothing,
 * compiled once (see query-template.ts).
 */
const clearUnreachable = queryTemplate((db, p: { platform: string; platformUserId: string }) =>
  (db as unknown as Kysely<Database & DigestTables>)
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

export async function clearUnreachableOnMessage(db: AnyDb, platform: string, platformUserId: string): Promise<void> {
  await clearUnreachable.execute(db, { platform, platformUserId });
}

/**
 * Insert-or-update. SQLite and PostgreSQL: one INSERT … ON CONFLICT DO UPDATE, which never raises a duplicate-key
 * error (on PostgreSQL that would abort the chat message's transaction it may run in). SQL Server has no ON
 * CONFLICT: update, insert when nothing was there, and update again if someone inserted in between.
 */
async function upsert(
  db: AnyDb,
  userId: number,
  changes: Omit<Updateable<DigestRecipientTable>, 'user_id'>,
): Promise<void> {
  if (dialectOf(db) !== 'mssql') {
    await tables(db)
      .insertInto('digest_recipients')
      .values({ user_id: userId, ...changes } as never)
      .onConflict((conflict) => conflict.column('user_id').doUpdateSet(changes as never))
      .execute();
    return;
  }
  const update = await tables(db)
    .updateTable('digest_recipients')
    .set(changes as never)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (Number(update.numUpdatedRows) > 0) return;
  try {
    await tables(db)
      .insertInto('digest_recipients')
      .values({ user_id: userId, ...changes } as never)
      .execute();
  } catch (error) {
    // Someone inserted the row between our update and insert: apply ours on top.
    if (!isUniqueViolation(error, dialectOf(db))) throw error;
    await tables(db)
      .updateTable('digest_recipients')
      .set(changes as never)
      .where('user_id', '=', userId)
      .execute();
  }
}
