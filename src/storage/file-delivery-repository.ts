/** FileDeliveryStore on Kysely: a row per asking message; marks are conditional, so a delivery is marked once. */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ReplyTarget } from '../core/domain/reply-target.ts';
import type { FileDeliveryStore } from '../core/ports/file-delivery-store.ts';
import type { FileDelivery, FileDeliveryRef } from '../core/reports/file-delivery.ts';
import type { FileRequest } from '../core/reports/file-request.ts';
import { readInteger, readTimestamp, writeTimestamp } from './column-values.ts';
import type { Database } from './database.ts';
import type { DialectName } from './dialect-name.ts';
import type { FileDeliveryRow } from './file-delivery-table.ts';
import { takeRows } from './take-rows.ts';

export function createFileDeliveryStore(db: Kysely<Database>, dialect: DialectName): FileDeliveryStore {
  const ts = (iso: string) => writeTimestamp(iso, dialect);
  // Queue bookkeeping is wall-clock time: createdAt may come from a pinned business clock (FINBOT_NOW).
  const wallNow = () => ts(new Date().toISOString());
  const byId = (id: number) => db.selectFrom('file_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
  return {
    async createFileDelivery(delivery) {
      await db
        .insertInto('file_deliveries')
        .values({
          user_id: delivery.userId,
          message_key: delivery.messageKey,
          request: JSON.stringify(delivery.request),
          reply_target: delivery.replyTarget ? JSON.stringify(delivery.replyTarget) : null,
          queue_token: newQueueToken(),
          created_at: ts(delivery.createdAt),
          queued_at: wallNow(),
          delivered_at: null,
          refused_reason: null,
        })
        .execute();
      const row = await db
        .selectFrom('file_deliveries')
        .selectAll()
        .where('message_key', '=', delivery.messageKey)
        .executeTakeFirst();
      if (!row) throw new Error(`file delivery ${delivery.messageKey} was saved but cannot be read back`);
      return fileDeliveryFromRow(row);
    },

    async findFileDelivery(id) {
      const row = await byId(id);
      return row ? fileDeliveryFromRow(row) : undefined;
    },

    async markFileDelivered(id, at) {
      const result = await db
        .updateTable('file_deliveries')
        .set({ delivered_at: ts(at) })
        .where('id', '=', id)
        .where('delivered_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async markFileRefused(id, reason) {
      await db
        .updateTable('file_deliveries')
        .set({ refused_reason: reason.slice(0, 500) })
        .where('id', '=', id)
        .where('delivered_at', 'is', null)
        .execute();
    },

    async findUndeliveredFiles(queuedBefore, limit) {
      const rows = await takeRows(
        db
          .selectFrom('file_deliveries')
          .select(['id', 'queue_token'])
          .where('delivered_at', 'is', null)
          .where('refused_reason', 'is', null)
          .where('queued_at', '<=', ts(queuedBefore))
          .orderBy('id'),
        dialect,
        limit,
      ).execute();
      return rows.map(refFromRow);
    },

    async renewFileQueueToken(id, previousToken) {
      const queueToken = newQueueToken();
      const result = await db
        .updateTable('file_deliveries')
        .set({ queue_token: queueToken, queued_at: wallNow() })
        .where('id', '=', id)
        .where('queue_token', '=', previousToken)
        .where('delivered_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0 ? { id, queueToken } : undefined;
    },
  };
}

function fileDeliveryFromRow(row: FileDeliveryRow): FileDelivery {
  return {
    id: readInteger(row.id, 'file_deliveries.id'),
    userId: readInteger(row.user_id, 'file_deliveries.user_id'),
    messageKey: row.message_key,
    request: JSON.parse(row.request) as FileRequest,
    replyTarget: row.reply_target ? (JSON.parse(row.reply_target) as ReplyTarget) : null,
    queueToken: row.queue_token,
    createdAt: readTimestamp(row.created_at),
    deliveredAt: row.delivered_at === null ? null : readTimestamp(row.delivered_at),
    refusedReason: row.refused_reason,
  };
}

function refFromRow(row: Pick<FileDeliveryRow, 'id' | 'queue_token'>): FileDeliveryRef {
  return { id: readInteger(row.id, 'file_deliveries.id'), queueToken: row.queue_token };
}

function newQueueToken(): string {
  return randomBytes(8).toString('hex');
}
