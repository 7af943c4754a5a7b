/** Opens a PostgreSQL pool from a `postgres://` URL, with DATE columns read as plain "YYYY-MM-DD" strings. */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../database.ts';

export function openPostgres(url: string): Kysely<Database> {
  // Per pool rather than pg.types.setTypeParser, which would change every pg user in the process.
  // The default parser makes DATE a local-midnight Date, which can shift the calendar day.
  const types = new pg.TypeOverrides();
  types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);
  // A connect that gets no answer (a server that hangs) fails after a while instead of waiting for ever, and
  // keepalive notices a connection whose peer vanished without a word.
  const pool = new pg.Pool({ connectionString: url, types, connectionTimeoutMillis: 10_000, keepAlive: true });
  const closed = (error: Error) =>
    process.emitWarning(`A PostgreSQL connection was closed: ${error.message}`, 'FinbotPostgres');
  // A connection the server closes (a restart, a failover, a network cut) reports an error event; without a
  // listener it would end the process. An idle one reports to the pool, which drops it; one checked out between
  // two queries reports to its client, and its next query fails, so the transaction retries or the caller says so.
  pool.on('error', closed);
  pool.on('connect', (client) => client.on('error', closed));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
