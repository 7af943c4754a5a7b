/** Maps a `users` row to the core's User. */
import type { Platform, User } from '../core/domain/user.ts';
import type { Weekday } from '../core/time/period.ts';
import { readInteger, readTimestamp } from './column-values.ts';
import type { UserRow } from './user-table.ts';

export function userFromRow(row: UserRow): User {
  return {
    id: readInteger(row.id, 'users.id'),
    platform: row.platform as Platform,
    platformUserId: row.platform_user_id,
    displayName: row.display_name,
    timeZone: row.time_zone,
    currency: row.currency.trim(),
    locale: row.locale,
    weekStart: readInteger(row.week_start, 'users.week_start') as Weekday,
    digestEnabled: readInteger(row.digest_enabled, 'users.digest_enabled') !== 0,
    createdAt: readTimestamp(row.created_at),
  };
}
