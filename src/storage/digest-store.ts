/** DigestStore on Kysely: one implementation for SQLite, PostgreSQL and SQL Server, on `db` or a transaction. */
import type { Kysely } from 'kysely';
import { formatDigestSendAt, parseDigestSendAt } from '../core/digest/digest-send-at.ts';
import type { DigestStore } from '../core/ports/digest-store.ts';
import type { Database } from './database.ts';
import * as deliveries from './digest-delivery-repository.ts';
import { findDigestInputs } from './digest-inputs-repository.ts';
import * as recipients from './digest-recipient-repository.ts';

export function createDigestStore(db: Kysely<Database>): DigestStore {
  return {
    digestInputs: (userIds, week) => findDigestInputs(db, userIds, week),

    findDigestSendAt: async (userId) => {
      const stored = await recipients.findDigestSendAt(db, userId);
      return stored === null ? undefined : parseDigestSendAt(stored);
    },
    setDigestSendAt: (userId, sendAt) =>
      recipients.setDigestSendAt(db, userId, sendAt === null ? null : formatDigestSendAt(sendAt)),
    findDigestRecipients: (userIds) => recipients.findDigestRecipients(db, userIds),
    markDigestRecipientUnreachable: (userId, reason, now) =>
      recipients.markDigestRecipientUnreachable(db, userId, reason, now),

    claimDigestDelivery: (request) => deliveries.claimDigestDelivery(db, request),
    markDigestSending: (userId, week, token) => deliveries.markDigestSending(db, userId, week, token),
    markDigestSent: (userId, week, token, now) => deliveries.markDigestSent(db, userId, week, token, now),
    releaseDigestClaim: (userId, week, token, error, final) =>
      deliveries.releaseDigestClaim(db, userId, week, token, error, final),
    markDigestUnreachable: (userId, week, token, reason) =>
      deliveries.markDigestUnreachable(db, userId, week, token, reason),
    findDigestDelivery: (userId, week) => deliveries.findDigestDelivery(db, userId, week),
    findDigestDeliveries: (week, userIds) => deliveries.findDigestDeliveries(db, week, userIds),
    countDigestDeliveries: (week) => deliveries.countDigestDeliveries(db, week),
  };
}
