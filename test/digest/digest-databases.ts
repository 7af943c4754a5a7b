/** Fresh, migrated databases for the digest tests: SQLite in memory and a PostgreSQL database of their own. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { NewUser, User } from '../../src/core/domain/user.ts';
import type { LedgerStore } from '../../src/core/ports/ledger-store.ts';
import { createLedgerStore } from '../../src/storage/kysely-ledger-store.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { type OpenedDatabase, openDatabase } from '../../src/storage/open-database.ts';
import { createFreshMssqlDatabase, mssqlServerUrl } from '../support/fresh-mssql.ts';

export const postgresServerUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  readonly database: OpenedDatabase;
  readonly store: LedgerStore;
  drop(): Promise<void>;
}

export interface TestDatabaseKind {
  readonly name: string;
  open(): Promise<TestDatabase>;
}

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresServerUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function migrated(database: OpenedDatabase, drop: () => Promise<void>): Promise<TestDatabase> {
  await migrateToLatest(database.db);
  return { database, store: createLedgerStore(database.db, database.dialect), drop };
}

export const sqliteDatabase: TestDatabaseKind = {
  name: 'SQLite',
  async open() {
    const database = await openDatabase('sqlite::memory:');
    return migrated(database, () => database.close());
  },
};

export const postgresDatabase: TestDatabaseKind = {
  name: 'PostgreSQL',
  async open() {
    const name = `finbot_digest_${randomBytes(6).toString('hex')}`;
    await onServer(`create database ${name}`);
    const url = new URL(postgresServerUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase(url.toString());
    return migrated(database, async () => {
      await database.close();
      await onServer(`drop database if exists ${name} with (force)`);
    });
  },
};

export const mssqlDatabase: TestDatabaseKind = {
  name: 'SQL Server',
  async open() {
    const fresh = await createFreshMssqlDatabase('finbot_digest');
    const database = await openDatabase(fresh.url);
    return migrated(database, async () => {
      await database.close();
      await fresh.drop();
    });
  },
};

/** SQL Server joins when MSSQL_URL names one (CI starts a TDS server). */
export const testDatabases: ReadonlyArray<TestDatabaseKind> = mssqlServerUrl
  ? [sqliteDatabase, postgresDatabase, mssqlDatabase]
  : [sqliteDatabase, postgresDatabase];

export function newUser(platformUserId: string, overrides: Partial<NewUser> = {}): NewUser {
  return {
    platform: 'telegram',
    platformUserId,
    displayName: platformUserId,
    timeZone: 'Asia/Kolkata',
    currency: 'INR',
    locale: 'en-IN',
    weekStart: 1,
    digestEnabled: true,
    ...overrides,
  };
}

let sourceSequence = 0;

/** Records an expense straight in the store. */
export async function spend(
  store: LedgerStore,
  user: User,
  minor: number,
  category: string,
  spentOn: string,
  currency = 'INR',
  note: string | null = null,
): Promise<void> {
  await store.insertExpense({
    userId: user.id,
    amount: { minor, currency },
    category,
    note,
    spentOn,
    sourceKey: `test:${user.id}:${++sourceSequence}:${randomBytes(4).toString('hex')}`,
    createdAt: `${spentOn}T10:00:00.000Z`,
  });
}
