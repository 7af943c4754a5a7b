/** The `thread_messages` table: a thread's messages, ordered by id. */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

export interface ThreadMessageTable {
  id: Generated<number>;
  thread_id: number;
  role: string;
  content: string;
  created_at: ColumnType<Date | string, string, never>;
}

export type ThreadMessageRow = Selectable<ThreadMessageTable>;
export type NewThreadMessageRow = Insertable<ThreadMessageTable>;
