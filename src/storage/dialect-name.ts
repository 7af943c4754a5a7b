/** Which of the three supported databases a Kysely instance talks to, read from its adapter. */
import { MssqlAdapter, PostgresAdapter, type QueryExecutor, SqliteAdapter } from 'kysely';

export type DialectName = 'sqlite' | 'postgres' | 'mssql';

/** Works on a Kysely instance, a transaction, or the `db` a migration receives. */
export function dialectOf(db: { getExecutor(): QueryExecutor }): DialectName {
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof MssqlAdapter) return 'mssql';
  if (adapter instanceof PostgresAdapter) return 'postgres';
  if (adapter instanceof SqliteAdapter) return 'sqlite';
  throw new Error(`Unsupported database adapter: ${adapter.constructor.name}`);
}
