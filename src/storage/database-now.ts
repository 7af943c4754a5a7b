/** The database's current UTC time as an SQL expression, for columns the core passes no timestamp for. */
import { type RawBuilder, sql } from 'kysely';
import type { DialectName } from './dialect-name.ts';

export function databaseNow(dialect: DialectName): RawBuilder<string> {
  switch (dialect) {
    case 'sqlite':
      // ISO-8601 text with milliseconds, the same form the store writes.
      return sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;
    case 'postgres':
      return sql<string>`now()`;
    case 'mssql':
      // CURRENT_TIMESTAMP would be the server's local time.
      return sql<string>`sysutcdatetime()`;
  }
}
