/** The `budgets` and `budget_alerts` tables: versions of each user's plans, and the alerts each raised once. */
import type { ColumnType, Generated, Selectable } from 'kysely';

export interface BudgetTable {
  id: Generated<number>;
  user_id: number;
  /** Lower-case category key; '' for the overall budget. */
  category_key: string;
  /** The spelling shown; null for the overall budget. */
  category: string | null;
  currency: string;
  /** bigint: pg and mssql return it as a string, SQLite as a number. */
  amount_minor: ColumnType<number | string | bigint, number, number>;
  period: string;
  created_at: ColumnType<string | Date, string, never>;
  removed_at: ColumnType<string | Date | null, string | null | undefined, string | null>;
}

export interface BudgetAlertTable {
  budget_id: number;
  /** A calendar date: "YYYY-MM-DD" from SQLite and pg, a Date at UTC midnight from mssql. */
  period_start: ColumnType<string | Date, string, never>;
  threshold: number;
  user_id: number;
  source_key: string;
  text: string;
  created_at: ColumnType<string | Date, string, never>;
}

export type BudgetRow = Selectable<BudgetTable>;
export type BudgetAlertRow = Selectable<BudgetAlertTable>;
