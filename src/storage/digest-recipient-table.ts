/** The `digest_recipients` table: a user's own digest time, and whether the platform refused them for good. */
import type { ColumnType, Selectable, Updateable } from 'kysely';

export interface DigestRecipientTable {
  user_id: number;
  /** "MON 09:00" in the user's zone; null: the deployment's DIGEST_SEND_AT. */
  send_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** 0 or 1 on every dialect, as `users.digest_enabled`. */
  unreachable: ColumnType<number, number | undefined, number>;
  unreachable_at: ColumnType<Date | string | null, string | null | undefined, string | null>;
  unreachable_reason: ColumnType<string | null, string | null | undefined, string | null>;
}

export type DigestRecipientRow = Selectable<DigestRecipientTable>;
export type DigestRecipientUpdate = Updateable<DigestRecipientTable>;
