/** Queries on `threads` and `thread_messages`: a user's conversation, its context and its messages in order. */
import type { Kysely } from 'kysely';
import type { NewThreadMessage, Thread, ThreadContext, ThreadMessage } from '../core/domain/thread.ts';
import { writeTimestamp } from './column-values.ts';
import type { Database } from './database.ts';
import { databaseNow } from './database-now.ts';
import type { DialectName } from './dialect-name.ts';
import { inTransaction } from './in-transaction.ts';
import { queryTemplate } from './query-template.ts';
import { takeRows } from './take-rows.ts';
import { threadMessageFromRow } from './thread-message-row.ts';
import { threadFromRow } from './thread-row.ts';

/** Read on every message, so compiled once (see query-template.ts). */
const threadOfUser = queryTemplate((db, p: { userId: number }) =>
  db.selectFrom('threads').select(['id', 'user_id', 'context']).where('user_id', '=', p.userId),
);

/** The user's thread; createUser makes it, and a user stored without one gets it here. */
export async function getThread(db: Kysely<Database>, userId: number): Promise<Thread> {
  const select = async () => (await threadOfUser.execute(db, { userId })).rows[0];
  const existing = await select();
  if (existing) return threadFromRow(existing);
  await db.insertInto('threads').values({ user_id: userId }).execute();
  const created = await select();
  if (!created) throw new Error(`Could not create the thread of user ${userId}`);
  return threadFromRow(created);
}

export async function saveThreadContext(
  db: Kysely<Database>,
  dialect: DialectName,
  threadId: number,
  context: ThreadContext,
): Promise<void> {
  await db
    .updateTable('threads')
    .set({ context: JSON.stringify(context), updated_at: databaseNow(dialect) })
    .where('id', '=', threadId)
    .execute();
}

/** Appends in the given order, one insert each: ids then follow the order on every dialect. */
export function appendThreadMessages(
  db: Kysely<Database>,
  dialect: DialectName,
  threadId: number,
  messages: ReadonlyArray<NewThreadMessage>,
): Promise<void> {
  if (messages.length === 0) return Promise.resolve();
  const params = (batch: ReadonlyArray<NewThreadMessage>): Record<string, unknown> => {
    const values: Record<string, unknown> = { threadId };
    batch.forEach((message, index) => {
      values[`role${index}`] = message.role;
      values[`content${index}`] = message.content;
      values[`createdAt${index}`] = writeTimestamp(message.createdAt, dialect);
    });
    return values;
  };
  return inTransaction(db, async (trx) => {
    // SQLite and PostgreSQL number a multi-row VALUES in order; SQL Server does not promise that for
    // identity columns, and thread order is the id order, so it gets one row per statement.
    if (dialect !== 'mssql') {
      await insertThreadMessages.execute(trx, params(messages), String(messages.length));
      return;
    }
    for (const message of messages) await insertThreadMessages.execute(trx, params([message]), '1');
  });
}

/** Inserts as many rows as the shape says, from threadId and role0/content0/createdAt0, role1… */
const insertThreadMessages = queryTemplate((db, p: Readonly<Record<string, unknown>>, shape) =>
  db.insertInto('thread_messages').values(
    Array.from({ length: Number(shape) }, (_, index) => ({
      thread_id: p.threadId as number,
      role: p[`role${index}`] as NewThreadMessage['role'],
      content: p[`content${index}`] as string,
      created_at: p[`createdAt${index}`] as string,
    })),
  ),
);

/** The latest `limit` messages, oldest first. */
export async function recentThreadMessages(
  db: Kysely<Database>,
  dialect: DialectName,
  threadId: number,
  limit: number,
): Promise<ThreadMessage[]> {
  const query = db.selectFrom('thread_messages').selectAll().where('thread_id', '=', threadId).orderBy('id', 'desc');
  const rows = await takeRows(query, dialect, limit).execute();
  return rows.reverse().map(threadMessageFromRow);
}
