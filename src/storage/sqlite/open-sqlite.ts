/** Opens a SQLite database from a `sqlite:` URL: a relative or absolute file path, or ":memory:". */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../database.ts';
import { NodeSqliteDatabase } from './node-sqlite-database.ts';

/** `sqlite:./data/finbot.db`, `sqlite:/abs/path.db`, `sqlite:///abs/path.db` or `sqlite::memory:`. */
export function openSqlite(url: string): { db: Kysely<Database>; closed: () => Promise<void> } {
  const location = sqlitePath(url);
  if (location !== ':memory:') mkdirSync(dirname(location), { recursive: true });
  const database = new NodeSqliteDatabase(location, {
    onCheckpointFallback: (reason) =>
      process.emitWarning(`SQLite checkpoints moved back to the writing connection: ${reason}`, 'FinbotSqlite'),
  });
  return {
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database }) }),
    closed: () => database.closed(),
  };
}

/** Whether `url` names an in-memory SQLite database, which only the connection that opened it can see. */
export function isInMemorySqlite(url: string): boolean {
  if (!url.startsWith('sqlite:')) return false;
  try {
    return sqlitePath(url) === ':memory:';
  } catch {
    return false;
  }
}

/** The file path (resolved against the working directory) or ":memory:". */
export function sqlitePath(url: string): string {
  let rest = decodeURIComponent(url.replace(/^sqlite:/, ''));
  if (rest.startsWith('//')) rest = rest.slice(2);
  if (rest === ':memory:') return rest;
  if (rest === '') throw new Error('A sqlite: URL needs a file path or :memory:, e.g. sqlite:./data/finbot.db');
  return resolve(rest);
}
