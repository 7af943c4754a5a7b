/** Node's built-in node:sqlite DatabaseSync in the shape Kysely's SqliteDialect expects (that of better-sqlite3). */
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import type { SqliteDatabase, SqliteStatement } from 'kysely';
import { type BackgroundCheckpoints, startBackgroundCheckpoints } from './background-checkpoints.ts';

/** Prepared statements kept for reuse; finbot runs a few dozen distinct queries. */
const statementCacheSize = 200;

export interface NodeSqliteOptions {
  /**
   * Checkpoint the WAL from a worker thread instead of in whichever commit crosses the threshold (default
   * true for files). A checkpoint writes the changed pages back and fsyncs: done by the connection itself
   * it stalls the event loop for tens of milliseconds every few thousand messages.
   */
  readonly backgroundCheckpoints?: boolean;
  /** Told when the checkpoint worker failed and the connection went back to checkpointing itself. */
  readonly onCheckpointFallback?: (reason: string) => void;
}

/** Pages in the WAL before a commit checkpoints it, when this connection checkpoints (SQLite's default). */
const autocheckpointPages = 1000;

/**
 * Opens `path` (or ":memory:") with WAL for file databases, a 5 s busy timeout for other processes
 * holding the write lock, and foreign keys enforced. Statements are prepared once and reused.
 */
export class NodeSqliteDatabase implements SqliteDatabase {
  readonly #db: DatabaseSync;
  readonly #statements = new Map<string, { statement: StatementSync; reader: boolean }>();
  readonly #checkpoints: BackgroundCheckpoints | undefined;

  constructor(path: string, options: NodeSqliteOptions = {}) {
    this.#db = new DatabaseSync(path);
    this.#db.exec('PRAGMA busy_timeout = 5000');
    this.#db.exec('PRAGMA foreign_keys = ON');
    if (path === ':memory:') return;
    this.#db.exec('PRAGMA journal_mode = WAL');
    // In WAL mode NORMAL cannot corrupt the database; it only skips an fsync per commit.
    this.#db.exec('PRAGMA synchronous = NORMAL');
    if (options.backgroundCheckpoints === false) return;
    this.#db.exec('PRAGMA wal_autocheckpoint = 0');
    this.#checkpoints = startBackgroundCheckpoints(path, {
      onFallback: (reason) => {
        if (this.#db.isOpen) this.#db.exec(`PRAGMA wal_autocheckpoint = ${autocheckpointPages}`);
        options.onCheckpointFallback?.(reason);
      },
    });
  }

  prepare(sql: string): SqliteStatement {
    // Kysely opens transactions with a plain BEGIN, which takes the write lock only at the first write. With
    // a second connection on the file (another process, or the handler thread), a transaction that read
    // first would then fail with SQLITE_BUSY instead of waiting; BEGIN IMMEDIATE waits for the lock up front.
    const { statement, reader } = this.#statement(sql === 'begin' ? 'begin immediate' : sql);
    return {
      reader,
      all: (parameters) => statement.all(...bindable(parameters)),
      run: (parameters) => statement.run(...bindable(parameters)),
      iterate: (parameters) => statement.iterate(...bindable(parameters)),
    };
  }

  close(): void {
    this.#statements.clear();
    if (this.#db.isOpen) this.#db.close();
    void this.#checkpoints?.stop();
  }

  /** Resolves once close() has finished, the checkpoint worker included. */
  async closed(): Promise<void> {
    await this.#checkpoints?.stop();
  }

  #statement(sql: string): { statement: StatementSync; reader: boolean } {
    let entry = this.#statements.get(sql);
    if (entry) {
      // Move to the back: the map's order is the eviction order.
      this.#statements.delete(sql);
    } else {
      const statement = this.#db.prepare(sql);
      // Whether it returns rows, worked out once per statement rather than on every execution.
      entry = { statement, reader: statement.columns().length > 0 };
      if (this.#statements.size >= statementCacheSize) {
        const oldest = this.#statements.keys().next();
        if (!oldest.done) this.#statements.delete(oldest.value);
      }
    }
    this.#statements.set(sql, entry);
    return entry;
  }
}

/** node:sqlite binds numbers, bigints, strings, null and bytes; booleans become 0/1 like SQLite stores them. */
function bindable(parameters: ReadonlyArray<unknown>): SQLInputValue[] {
  return parameters.map((value) => {
    if (typeof value === 'boolean') return value ? 1 : 0;
    if (value === undefined) return null;
    return value as SQLInputValue;
  });
}
