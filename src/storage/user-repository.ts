/** Queries on `users`: lookup, creation together with the user's thread, settings, and paging for fan-outs. */
import type { Kysely } from 'kysely';
import type { NewUser, Platform, User, UserSettings } from '../core/domain/user.ts';
import type { Database } from './database.ts';
import type { DialectName } from './dialect-name.ts';
import { inTransaction } from './in-transaction.ts';
import { queryTemplate } from './query-template.ts';
import { takeRows } from './take-rows.ts';
import { userFromRow } from './user-row.ts';
import type { UserRowUpdate } from './user-table.ts';

const userByPlatformId = queryTemplate((db, p: { platform: Platform; platformUserId: string }) =>
  db
    .selectFrom('users')
    .selectAll()
    .where('platform', '=', p.platform)
    .where('platform_user_id', '=', p.platformUserId),
);

export async function findUser(
  db: Kysely<Database>,
  platform: Platform,
  platformUserId: string,
): Promise<User | undefined> {
  const [row] = (await userByPlatformId.execute(db, { platform, platformUserId })).rows;
  return row && userFromRow(row);
}

export async function findUserById(db: Kysely<Database>, id: number): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && userFromRow(row);
}

/** Inserts the user and their thread in one transaction. A second user with the same platform id fails on the unique key. */
export function createUser(db: Kysely<Database>, dialect: DialectName, user: NewUser): Promise<User> {
  return inTransaction(db, async (trx) => {
    const insert = trx.insertInto('users').values({
      platform: user.platform,
      platform_user_id: user.platformUserId,
      display_name: user.displayName,
      time_zone: user.timeZone,
      currency: user.currency,
      locale: user.locale,
      week_start: user.weekStart,
      digest_enabled: user.digestEnabled ? 1 : 0,
    });
    const row =
      dialect === 'mssql'
        ? await insert.outputAll('inserted').executeTakeFirstOrThrow()
        : await insert.returningAll().executeTakeFirstOrThrow();
    await trx.insertInto('threads').values({ user_id: row.id }).execute();
    return userFromRow(row);
  });
}

export async function updateUserSettings(
  db: Kysely<Database>,
  userId: number,
  changes: Partial<UserSettings>,
): Promise<User> {
  const set: UserRowUpdate = {};
  if (changes.timeZone !== undefined) set.time_zone = changes.timeZone;
  if (changes.currency !== undefined) set.currency = changes.currency;
  if (changes.locale !== undefined) set.locale = changes.locale;
  if (changes.weekStart !== undefined) set.week_start = changes.weekStart;
  if (changes.digestEnabled !== undefined) set.digest_enabled = changes.digestEnabled ? 1 : 0;
  if (Object.keys(set).length > 0) {
    await db.updateTable('users').set(set).where('id', '=', userId).execute();
  }
  const user = await findUserById(db, userId);
  if (!user) throw new Error(`No user with id ${userId}`);
  return user;
}

/** A page of users in id order, after `afterId`. */
export async function listUsers(
  db: Kysely<Database>,
  dialect: DialectName,
  options: { afterId: number; limit: number; digestEnabled?: boolean },
): Promise<User[]> {
  let query = db.selectFrom('users').selectAll().where('id', '>', options.afterId).orderBy('id');
  if (options.digestEnabled !== undefined) query = query.where('digest_enabled', '=', options.digestEnabled ? 1 : 0);
  const rows = await takeRows(query, dialect, options.limit).execute();
  return rows.map(userFromRow);
}
