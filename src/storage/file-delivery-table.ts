/** The `file_deliveries` table: files asked for in the chat, until they are sent. */
import type { ColumnType, Generated, Selectable } from 'kysely';

export interface FileDeliveryTable {
  id: Generated<number>;
  user_id: number;
  message_key: string;
  /** JSON FileRequest. */
  request: string;
  /** JSON ReplyTarget, or null. */
  reply_target: string | null;
  queue_token: string;
  /** Text on SQLite, a Date from pg and mssql; written as an ISO string (see column-values.ts). */
  created_at: ColumnType<string | Date, string, string>;
  queued_at: ColumnType<string | Date, string, string>;
  delivered_at: ColumnType<string | Date | null, string | null, string | null>;
  refused_reason: string | null;
}

export type FileDeliveryRow = Selectable<FileDeliveryTable>;
