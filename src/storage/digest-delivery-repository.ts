/** The exactly-once claim on `digest_deliveries`: claim (user, week) before sending, mark it sent after. */
import type { Kysely } from 'kysely';
import type {
  DigestClaim,
  DigestClaimRequest,
  DigestDelivery,
  DigestDeliveryStatus,
} from '../core/digest/digest-delivery.ts';
import { readInteger, readTimestamp, writeTimestamp } from './column-values.ts';
import type { Database } from './database.ts';
import { dialectOf } from './dialect-name.ts';
import type { DigestDeliveryRow } from './digest-delivery-table.ts';
import { isUniqueViolation } from './unique-violation.ts';

/**
 * Claims the digest of (user, week). The insert wins only once: the database's primary key decides between
 * concurrent senders, however many processes or redelivered jobs try.
 */
export async function claimDigestDelivery(db: Kysely<Database>, options: DigestClaimRequest): Promise<DigestClaim> {
  const dialect = dialectOf(db);
  const now = writeTimestamp(options.now, dialect);
  try {
    await db
      .insertInto('digest_deliveries')
      .values({
        user_id: options.userId,
        week: options.week,
        status: 'claimed',
        claim_token: options.token,
        claimed_at: now,
        attempts: 1,
      })
      .execute();
    return { claimed: true, attempts: 1 };
  } catch (error) {
    if (!isUniqueViolation(error, dialect)) throw error;
  }
  const row = await findRow(db, options.userId, options.week);
  if (!row) throw new Error(`digest delivery ${options.userId}/${options.week} vanished after a conflict`);
  const existing = deliveryFromRow(row);
  const age = Date.parse(options.now) - Date.parse(existing.claimedAt);
  const reclaimable =
    existing.status === 'released' ||
    (options.reclaim ?? []).includes(existing.status) ||
    (existing.status === 'claimed' && age >= options.staleClaimMs);
  if (reclaimable) {
    const result = await db
      .updateTable('digest_deliveries')
      .set({ status: 'claimed', claim_token: options.token, claimed_at: now, attempts: existing.attempts + 1 })
      .where('user_id', '=', options.userId)
      .where('week', '=', options.week)
      .where('claim_token', '=', row.claim_token)
      .where('status', '=', existing.status)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) return { claimed: true, attempts: existing.attempts + 1 };
    return { claimed: false, status: 'claimed', claimedAt: existing.claimedAt };
  }
  if (existing.status === 'sending' && age >= options.staleSendingMs) {
    await setStatus(db, options.userId, options.week, row.claim_token, 'uncertain', {
      from: 'sending',
      error: 'the sender stopped while sending; not resent, as the platform may have delivered it',
    });
    return { claimed: false, status: 'uncertain', claimedAt: existing.claimedAt };
  }
  return { claimed: false, status: existing.status, claimedAt: existing.claimedAt };
}

/** Just before the first platform call: from here on a crash leaves the outcome unknown. False: the claim was lost. */
export function markDigestSending(db: Kysely<Database>, userId: number, week: string, token: string): Promise<boolean> {
  return setStatus(db, userId, week, token, 'sending', { from: 'claimed' });
}

export function markDigestSent(
  db: Kysely<Database>,
  userId: number,
  week: string,
  token: string,
  now: string,
): Promise<boolean> {
  return setStatus(db, userId, week, token, 'sent', { sentAt: now, error: null });
}

/** Gives the claim back after a failure: `released` to be retried, `failed` when no attempt is left. */
export function releaseDigestClaim(
  db: Kysely<Database>,
  userId: number,
  week: string,
  token: string,
  error: string,
  final: boolean,
): Promise<boolean> {
  return setStatus(db, userId, week, token, final ? 'failed' : 'released', { error });
}

export function markDigestUnreachable(
  db: Kysely<Database>,
  userId: number,
  week: string,
  token: string,
  reason: string,
): Promise<boolean> {
  return setStatus(db, userId, week, token, 'unreachable', { error: reason });
}

export async function findDigestDelivery(
  db: Kysely<Database>,
  userId: number,
  week: string,
): Promise<DigestDelivery | undefined> {
  const row = await findRow(db, userId, week);
  return row && deliveryFromRow(row);
}

/** The deliveries of `week` for these users, by user id (users without a row are absent). */
export async function findDigestDeliveries(
  db: Kysely<Database>,
  week: string,
  userIds: ReadonlyArray<number>,
): Promise<Map<number, DigestDelivery>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('digest_deliveries')
    .selectAll()
    .where('week', '=', week)
    .where('user_id', 'in', [...userIds])
    .execute();
  return new Map(rows.map((row) => [row.user_id, deliveryFromRow(row)]));
}

/** How many deliveries of `week` are in each status. */
export async function countDigestDeliveries(
  db: Kysely<Database>,
  week: string,
): Promise<Partial<Record<DigestDeliveryStatus, number>>> {
  const rows = await db
    .selectFrom('digest_deliveries')
    .select((eb) => ['status', eb.fn.countAll<string | number>().as('count')])
    .where('week', '=', week)
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((row) => [row.status, readInteger(row.count, 'delivery count')]));
}

async function setStatus(
  db: Kysely<Database>,
  userId: number,
  week: string,
  token: string,
  status: DigestDeliveryStatus,
  changes: { from?: DigestDeliveryStatus; sentAt?: string; error?: string | null },
): Promise<boolean> {
  const dialect = dialectOf(db);
  let query = db
    .updateTable('digest_deliveries')
    .set({
      status,
      ...(changes.sentAt !== undefined ? { sent_at: writeTimestamp(changes.sentAt, dialect) } : {}),
      ...(changes.error !== undefined ? { error: changes.error?.slice(0, 500) ?? null } : {}),
    })
    .where('user_id', '=', userId)
    .where('week', '=', week)
    .where('claim_token', '=', token);
  if (changes.from !== undefined) query = query.where('status', '=', changes.from);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

function findRow(db: Kysely<Database>, userId: number, week: string): Promise<DigestDeliveryRow | undefined> {
  return db
    .selectFrom('digest_deliveries')
    .selectAll()
    .where('user_id', '=', userId)
    .where('week', '=', week)
    .executeTakeFirst();
}

function deliveryFromRow(row: DigestDeliveryRow): DigestDelivery {
  return {
    userId: readInteger(row.user_id, 'user_id'),
    week: row.week,
    status: row.status,
    attempts: readInteger(row.attempts, 'attempts'),
    claimedAt: readTimestamp(row.claimed_at),
    sentAt: row.sent_at === null ? null : readTimestamp(row.sent_at),
    error: row.error,
  };
}
