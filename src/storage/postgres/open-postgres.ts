/** Opens a PostgreSQL pool from a `postgres://` URL, with DATE columns read as plain "YYYY-MM-DD" strings. */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../database.ts';

export function openPostgres(url: string): Kysely<Database> {
  // Per pool rather than pg.types.setTypeParser, which would change every pg user in the process.
  // The default parser makes DATE a local-midnight Date, which can shift the calendar day.
  const types = new pg.TypeOverrides();
  types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, types }) }),
  });
}
