/** The `recurring_rules` table: one row per recurring expense a user set up. */
import type { ColumnType, Generated, Selectable } from 'kysely';

export interface RecurringRuleTable {
  id: Generated<number>;
  user_id: number;
  amount_minor: ColumnType<number | string | bigint, number, number>;
  currency: string;
  category: string;
  category_key: string;
  note: string | null;
  cadence: string;
  day: number;
  /** Calendar dates: "YYYY-MM-DD" from SQLite and pg, a Date at UTC midnight from mssql. */
  starts_on: ColumnType<string | Date, string, string>;
  next_on: ColumnType<string | Date, string, string>;
  /** 0/1. */
  active: number;
  source_key: string;
  created_at: ColumnType<string | Date, string, never>;
  stopped_at: ColumnType<string | Date | null, string | null | undefined, string | null>;
}

export type RecurringRuleRow = Selectable<RecurringRuleTable>;
