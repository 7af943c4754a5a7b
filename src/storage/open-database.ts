/** Opens the database a URL names: SQLite (the default), PostgreSQL or SQL Server. */
import type { Kysely } from 'kysely';
import type { Database } from './database.ts';
import type { DialectName } from './dialect-name.ts';
import { openMssql } from './mssql/open-mssql.ts';
import { openPostgres } from './postgres/open-postgres.ts';
import { openSqlite } from './sqlite/open-sqlite.ts';

export interface OpenedDatabase {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /** Closes the connection or pool; safe to call twice. */
  close(): Promise<void>;
}

/**
 * `sqlite:./data/finbot.db` (parent directory created), `sqlite:/abs/path.db`, `sqlite::memory:`,
 * `postgres://…` / `postgresql://…`, `mssql://user:pass@host:port/db?encrypt=true&trustServerCertificate=true`
 * or `sqlserver://…`. Server connections are made on first use.
 */
export async function openDatabase(url: string): Promise<OpenedDatabase> {
  const scheme = /^([a-z]+):/i.exec(url)?.[1]?.toLowerCase();
  switch (scheme) {
    case 'sqlite': {
      const sqlite = openSqlite(url);
      return opened(sqlite.db, 'sqlite', sqlite.closed);
    }
    case 'postgres':
    case 'postgresql':
      return opened(openPostgres(url), 'postgres');
    case 'mssql':
    case 'sqlserver':
      return opened(openMssql(url), 'mssql');
    default:
      throw new Error(
        `Unsupported database URL "${redacted(url)}": use sqlite:./data/finbot.db, postgres://… or mssql://…`,
      );
  }
}

function opened(db: Kysely<Database>, dialect: DialectName, closed?: () => Promise<void>): OpenedDatabase {
  let closing: Promise<void> | undefined;
  return {
    db,
    dialect,
    close: () => {
      closing ??= db.destroy().then(() => closed?.());
      return closing;
    },
  };
}

/** The URL without its password, for error messages. */
function redacted(url: string): string {
  return url.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
}
