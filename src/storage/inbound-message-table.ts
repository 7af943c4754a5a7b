/** The `inbound_messages` table: every delivery key seen, with the reply sent for it. */
import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';

export interface InboundMessageTable {
  key: string;
  user_id: number;
  received_at: ColumnType<string | Date, string, never>;
  /** The reply as JSON text, once the message is handled. */
  reply: string | null;
}

export type InboundMessageRow = Selectable<InboundMessageTable>;
export type NewInboundMessageRow = Insertable<InboundMessageTable>;
export type InboundMessageRowUpdate = Updateable<InboundMessageTable>;
