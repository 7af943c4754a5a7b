/** The `change_proposals` table: a run's proposed edits and deletions, waiting for their user's yes. */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

export interface ChangeProposalTable {
  id: Generated<number>;
  user_id: number;
  source_key: string;
  /** JSON array of ProposedChange. */
  changes: string;
  status: string;
  /** Text on SQLite, a Date from pg and mssql; written as an ISO string (see column-values.ts). */
  created_at: ColumnType<string | Date, string, string>;
  expires_at: ColumnType<string | Date, string, string>;
  decided_at: ColumnType<string | Date | null, string | null, string | null>;
}

export type ChangeProposalRow = Selectable<ChangeProposalTable>;
export type NewChangeProposalRow = Insertable<ChangeProposalTable>;
