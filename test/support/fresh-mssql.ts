/**
 * A database of its own on the SQL Server MSSQL_URL names (CI starts a TDS server for it), created empty and
 * dropped afterwards. Undefined when MSSQL_URL is not set: the suites that need one then skip and say so.
 */
import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../src/storage/database.ts';
import { openDatabase } from '../../src/storage/open-database.ts';

export const mssqlServerUrl = process.env.MSSQL_URL;

export const mssqlSkipReason = 'MSSQL_URL not set: the SQL Server run of this suite is skipped';

export interface FreshMssqlDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

/** Runs one statement on the server's default database (CREATE/DROP DATABASE cannot run in a transaction). */
async function onServer(statement: (name: string) => ReturnType<typeof sql>, name: string): Promise<void> {
  const server = await openDatabase(mssqlServerUrl as string);
  try {
    await statement(name).execute(server.db);
  } finally {
    await server.close();
  }
}

/** The caller closes every connection to it before `drop()`; no SET SINGLE_USER is needed then. */
export async function createFreshMssqlDatabase(prefix = 'finbot_test'): Promise<FreshMssqlDatabase> {
  if (!mssqlServerUrl) throw new Error(mssqlSkipReason);
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await onServer((db) => sql`create database ${sql.id(db)}`, name);
  const url = new URL(mssqlServerUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer((db) => sql`drop database ${sql.id(db)}`, name),
  };
}

/** Children before parents; `deployment` and the migration tables stay. */
const tablesToClear = [
  'thread_messages',
  'runs',
  'change_proposals',
  'category_memories',
  'inbound_messages',
  'recurring_occurrences',
  'recurring_rules',
  'expenses',
  'digest_deliveries',
  'digest_recipients',
  'budget_alerts',
  'budgets',
  'file_deliveries',
  'threads',
  'users',
] as const;

let shared: Promise<{ fresh: FreshMssqlDatabase; url: string }> | undefined;

/**
 * One migrated database per test process, for harnesses that each want an empty ledger: migrating takes seconds
 * on the test server, emptying the tables a fraction of that. `release()` empties it for the next harness.
 */
export async function sharedMssqlDatabase(
  migrate: (url: string) => Promise<void>,
): Promise<{ url: string; release(db: Kysely<Database>): Promise<void> }> {
  shared ??= (async () => {
    const fresh = await createFreshMssqlDatabase('finbot_e2e');
    await migrate(fresh.url);
    return { fresh, url: fresh.url };
  })();
  const { url } = await shared;
  return {
    url,
    async release(db) {
      for (const table of tablesToClear) await sql`delete from ${sql.table(table)}`.execute(db);
    },
  };
}

/** Drops the process's shared database, once every harness on it is closed. */
export async function dropSharedMssqlDatabase(): Promise<void> {
  const current = shared;
  shared = undefined;
  if (current) await (await current).fresh.drop();
}
