/** The `expenses` table: money in integer minor units, calendar dates as DATE, soft delete by `deleted_at`. */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface ExpenseTable {
  id: Generated<number>;
  user_id: number;
  /** The user's own running number, unique per user. */
  number: number;
  /** bigint: pg and mssql return it as a string, SQLite as a number. */
  amount_minor: ColumnType<number | string | bigint, number, number>;
  currency: string;
  /** The user's spelling, for display. */
  category: string;
  /** categoryKey(category): what grouping and filtering use. */
  category_key: string;
  note: string | null;
  /** A calendar date: "YYYY-MM-DD" from SQLite and pg, a Date at UTC midnight from mssql. */
  spent_on: ColumnType<string | Date, string, string>;
  created_at: ColumnType<string | Date, string, never>;
  deleted_at: ColumnType<string | Date | null, string | null | undefined, string | null>;
  /** Idempotency key; NOT NULL because SQL Server unique constraints allow a single NULL. */
  source_key: string;
}

export type ExpenseRow = Selectable<ExpenseTable>;
export type NewExpenseRow = Insertable<ExpenseTable>;
export type ExpenseRowUpdate = Updateable<ExpenseTable>;
