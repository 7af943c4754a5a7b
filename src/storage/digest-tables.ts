/** The digest tables, typed once; repositories reach them with `db.withTables<DigestTables>()`. */
import type { ColumnType, Selectable } from 'kysely';

type Timestamp = ColumnType<Date | string, string, string>;
type NullableTimestamp = ColumnType<Date | string | null, string | null | undefined, string | null>;

export type DigestDeliveryStatus = 'claimed' | 'sending' | 'sent' | 'released' | 'failed' | 'unreachable' | 'uncertain';

export interface DigestDeliveryTable {
  user_id: number;
  week: string;
  status: DigestDeliveryStatus;
  claim_token: string;
  claimed_at: Timestamp;
  attempts: ColumnType<number, number | undefined, number>;
  sent_at: NullableTimestamp;
  error: string | null;
}

export interface DigestRecipientTable {
  user_id: number;
  send_at: string | null;
  unreachable: ColumnType<number, number | undefined, number>;
  unreachable_at: NullableTimestamp;
  unreachable_reason: string | null;
}

export interface DigestTables {
  digest_deliveries: DigestDeliveryTable;
  digest_recipients: DigestRecipientTable;
}

export type DigestDeliveryRow = Selectable<DigestDeliveryTable>;
