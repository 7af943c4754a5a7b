/** The `deployment` table: one row holding the id made when the database was first migrated. */
import type { ColumnType } from 'kysely';

export interface DeploymentTable {
  /** Always 1, so the table holds one row. */
  slot: ColumnType<number, number | undefined, never>;
  id: ColumnType<string, string, never>;
  created_at: ColumnType<string | Date, string | undefined, never>;
}
