/** The `category_memories` table: per user, a lower-case keyword → the category that user chose for it. */
import type { ColumnType, Insertable, Selectable } from 'kysely';

export interface CategoryMemoryTable {
  user_id: number;
  keyword: string;
  category: string;
  /** Text on SQLite, a Date from pg and mssql; written as an ISO string (see column-values.ts). */
  updated_at: ColumnType<string | Date, string, string>;
}

export type CategoryMemoryRow = Selectable<CategoryMemoryTable>;
export type NewCategoryMemoryRow = Insertable<CategoryMemoryTable>;
