/** The `threads` table: one conversation per user and its JSON context. */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface ThreadTable {
  id: Generated<number>;
  user_id: number;
  /** The core's ThreadContext as JSON text. */
  context: string | null;
  created_at: ColumnType<Date | string, string | undefined, never>;
  updated_at: ColumnType<Date | string, string | undefined, string>;
}

export type ThreadRow = Selectable<ThreadTable>;
export type NewThreadRow = Insertable<ThreadTable>;
export type ThreadRowUpdate = Updateable<ThreadTable>;
