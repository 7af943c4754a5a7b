/** Queries on `inbound_messages`: claiming a delivery key exactly once, and the reply stored with it. */
import { type Kysely, sql } from 'kysely';
import type { InboundClaim } from '../core/ports/ledger-store.ts';
import { writeTimestamp } from './column-values.ts';
import type { Database } from './database.ts';
import type { DialectName } from './dialect-name.ts';
import { queryTemplate } from './query-template.ts';

/** SQLite and PostgreSQL's claim, run on every message, so compiled once (see query-template.ts). */
const insertUnlessClaimed = queryTemplate((db, p: { key: string; userId: number; received: string }) =>
  db
    .insertInto('inbound_messages')
    .values({ key: p.key, user_id: p.userId, received_at: p.received })
    .onConflict((conflict) => conflict.column('key').doNothing()),
);

/**
 * Inserts the key unless it is there. Neither form raises a duplicate-key error, which matters because the
 * core claims inside its transaction and on PostgreSQL any error aborts the whole transaction.
 * - SQLite and PostgreSQL: INSERT … ON CONFLICT DO NOTHING; zero affected rows means someone claimed it first.
 *   On pg a concurrent claimer waits for the first transaction and then inserts nothing.
 * - SQL Server has no ON CONFLICT. INSERT … SELECT … WHERE NOT EXISTS with (UPDLOCK, HOLDLOCK) takes a
 *   key-range lock on the probe, so two claimers of one key queue up instead of both seeing "not there".
 *   Catching error 2627 would also work (it only ends the statement while XACT_ABORT is off), but that
 *   depends on a session setting and puts an error in the server log for every redelivery.
 * A claimed key of another user reports no reply: replies are that user's data.
 */
export async function claimInboundMessage(
  db: Kysely<Database>,
  dialect: DialectName,
  key: string,
  userId: number,
  receivedAt: string,
): Promise<InboundClaim> {
  const received = writeTimestamp(receivedAt, dialect);
  const inserted =
    dialect === 'mssql'
      ? (
          await sql`insert into ${sql.table('inbound_messages')} (${sql.ref('key')}, ${sql.ref('user_id')}, ${sql.ref('received_at')})
            select ${key}, ${userId}, ${received}
            where not exists (
              select 1 from ${sql.table('inbound_messages')} with (updlock, holdlock) where ${sql.ref('key')} = ${key}
            )`.execute(db)
        ).numAffectedRows
      : (await insertUnlessClaimed.execute(db, { key, userId, received })).numAffectedRows;
  if (inserted !== undefined && inserted > 0n) return { claimed: true };
  const row = await db
    .selectFrom('inbound_messages')
    .select('reply')
    .where('key', '=', key)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return { claimed: false, reply: row?.reply ?? null };
}

const updateReply = queryTemplate((db, p: { key: string; reply: string }) =>
  db.updateTable('inbound_messages').set({ reply: p.reply }).where('key', '=', p.key),
);

export async function saveInboundReply(db: Kysely<Database>, key: string, reply: string): Promise<void> {
  await updateReply.execute(db, { key, reply });
}
