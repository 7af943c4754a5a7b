/** Column types per dialect, shared by the migrations: the rest of each migration is the same on every database. */
import { type ColumnDataType, type ColumnDefinitionBuilder, type Expression, sql } from 'kysely';
import type { DialectName } from '../src/storage/dialect-name.ts';

type DataType = ColumnDataType | Expression<unknown>;

/** Column types per dialect; everything else in this file is the same on SQLite, PostgreSQL and SQL Server. */
export function columnTypes(dialect: DialectName) {
  const mssql = dialect === 'mssql';
  return {
    /** Variable text of at most n characters: nvarchar on SQL Server so Unicode fits and string parameters (always nvarchar) seek indexes without conversion. */
    text: (n: number): DataType => (mssql ? sql`nvarchar(${sql.raw(String(n))})` : `varchar(${n})`),
    /** Unbounded text: `text` on SQLite and pg; SQL Server's `text` is deprecated, so nvarchar(max). */
    longText: (): DataType => (mssql ? sql`nvarchar(max)` : 'text'),
    /** ISO 4217 codes. */
    code3: (): DataType => (mssql ? sql`nchar(3)` : 'char(3)'),
    /** UTC instants: text holding ISO-8601 on SQLite, timestamptz on pg, datetime2(3) (exact ms) on SQL Server. */
    timestamp: (): DataType =>
      dialect === 'sqlite' ? 'text' : dialect === 'postgres' ? 'timestamptz' : sql`datetime2(3)`,
    /** Database time now in UTC, for rows the core gives no timestamp for. */
    now: () =>
      dialect === 'sqlite'
        ? sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`
        : dialect === 'postgres'
          ? sql`now()`
          : sql`sysutcdatetime()`,
    /** An integer primary key the database numbers. */
    id: (column: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
      dialect === 'sqlite'
        ? column.primaryKey()
        : dialect === 'postgres'
          ? column.primaryKey().generatedByDefaultAsIdentity()
          : column.primaryKey().identity(),
  };
}
