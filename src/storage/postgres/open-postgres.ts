/** Opens a PostgreSQL pool from a `postgres://` URL, with DATE columns read as plain "YYYY-MM-DD" strings. */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../database.ts';

export function openPostgres(url: string): Kysely<Database> {
  // Per pool rather than pg.types.setTypeParser, which would change every pg user in the process.
  // The default parser makes DATE a local-midnight Date, which can shift the calendar day.
  const types = new pg.TypeOverrides();
  types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);
  const pool = new pg.Pool({ connectionString: url, types });
  // An idle connection the server closes (a restart, a failover, an administrator) is reported here; without a
  // listener that report would end the process. The pool drops the connection and opens a new one when needed.
  pool.on('error', (error) =>
    process.emitWarning(`A pooled PostgreSQL connection was closed: ${error.message}`, 'FinbotPostgres'),
  );
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
