/** The `users` table: one row per chat user, with their settings and expense-number counter. */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface UserTable {
  id: Generated<number>;
  platform: string;
  platform_user_id: string;
  display_name: string | null;
  time_zone: string;
  currency: string;
  locale: string;
  week_start: number;
  /** 0 or 1 on every dialect, so one code path serves (node:sqlite cannot bind booleans). */
  digest_enabled: number;
  /** The last number handed out by insertExpense; the next expense gets this plus one. */
  last_expense_number: Generated<number>;
  /** A Date from pg and mssql, an ISO string from SQLite; defaults to the database's clock. */
  created_at: ColumnType<Date | string, string | undefined, never>;
}

export type UserRow = Selectable<UserTable>;
export type NewUserRow = Insertable<UserTable>;
export type UserRowUpdate = Updateable<UserTable>;
