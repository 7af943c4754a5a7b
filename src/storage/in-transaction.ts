/** Runs work in the caller's transaction when there is one, else in a new one. */
import type { Kysely } from 'kysely';
import type { Database } from './database.ts';

export function inTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  // Opening a second transaction would deadlock on SQLite's single connection and split the caller's unit of work.
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
