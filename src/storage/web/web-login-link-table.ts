/** The `web_login_links` table: single-use dashboard links, by the SHA-256 of their token. */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

export interface WebLoginLinkTable {
  id: Generated<number>;
  user_id: number;
  token_hash: string;
  /** Text on SQLite, a Date from pg and mssql; written as an ISO string (see column-values.ts). */
  created_at: ColumnType<string | Date, string, never>;
  expires_at: ColumnType<string | Date, string, never>;
  used_at: ColumnType<string | Date | null, string | null | undefined, string>;
}

export type WebLoginLinkRow = Selectable<WebLoginLinkTable>;
export type NewWebLoginLinkRow = Insertable<WebLoginLinkTable>;
