/** The `web_sessions` table: dashboard sessions, by the SHA-256 of their cookie; deleting a row signs it out. */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

export interface WebSessionTable {
  id: Generated<number>;
  user_id: number;
  token_hash: string;
  csrf_token: string;
  theme: string | null;
  created_at: ColumnType<string | Date, string, never>;
  expires_at: ColumnType<string | Date, string, never>;
}

export type WebSessionRow = Selectable<WebSessionTable>;
export type NewWebSessionRow = Insertable<WebSessionTable>;
