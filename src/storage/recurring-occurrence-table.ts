/** The `recurring_occurrences` table: one row per rule and local date, with the state of its message. */
import type { ColumnType, Generated, Selectable } from 'kysely';

export interface RecurringOccurrenceTable {
  id: Generated<number>;
  rule_id: number;
  user_id: number;
  occurs_on: ColumnType<string | Date, string, never>;
  expense_id: number;
  expense_number: number;
  notice_status: string;
  notice_token: string | null;
  notice_attempts: number;
  notice_next_at: ColumnType<string | Date, string, string>;
  notice_claimed_at: ColumnType<string | Date | null, string | null | undefined, string | null>;
  notice_error: string | null;
  created_at: ColumnType<string | Date, string, never>;
}

export type RecurringOccurrenceRow = Selectable<RecurringOccurrenceTable>;
