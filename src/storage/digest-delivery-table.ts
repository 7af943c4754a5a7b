/** The `digest_deliveries` table: one row per user and ISO week, the claim that sends a digest at most once. */
import type { ColumnType, Selectable } from 'kysely';
import type { DigestDeliveryStatus } from '../core/digest/digest-delivery.ts';

export interface DigestDeliveryTable {
  user_id: number;
  /** ISO week, "2026-W47". */
  week: string;
  status: DigestDeliveryStatus;
  /** Unique per attempt: only the holder of the claim may move it on. */
  claim_token: string;
  /** A Date from pg and mssql, an ISO string from SQLite. */
  claimed_at: ColumnType<Date | string, string, string>;
  attempts: ColumnType<number, number | undefined, number>;
  sent_at: ColumnType<Date | string | null, string | null | undefined, string | null>;
  error: string | null;
}

export type DigestDeliveryRow = Selectable<DigestDeliveryTable>;
