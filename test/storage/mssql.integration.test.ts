/** The shared LedgerStore and DigestStore suites on a real SQL Server, when MSSQL_URL names one; a visible skip otherwise. */
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { sql } from 'kysely';
import { openDatabase } from '../../src/storage/open-database.ts';
import { digestStoreSuite } from './digest-store.suite.ts';
import { type FreshDatabase, ledgerStoreSuite } from './ledger-store.suite.ts';
import { runStoreSuite } from './run-store.suite.ts';

const serverUrl = process.env.MSSQL_URL;

/** Runs one statement on the server's default database (CREATE/DROP DATABASE cannot run inside a transaction). */
async function onServer(statement: (name: string) => ReturnType<typeof sql>, name: string): Promise<void> {
  const server = await openDatabase(serverUrl as string);
  try {
    await statement(name).execute(server.db);
  } finally {
    await server.close();
  }
}

async function freshMssql(): Promise<FreshDatabase> {
  const name = `finbot_test_${randomBytes(6).toString('hex')}`;
  await onServer((db) => sql`create database ${sql.id(db)}`, name);
  const url = new URL(serverUrl as string);
  url.pathname = `/${name}`;
  const database = await openDatabase(url.toString());
  return {
    database,
    drop: async () => {
      // Every connection to it is closed first; SET SINGLE_USER is not needed then (and Babelfish lacks ALTER DATABASE).
      await database.close();
      await onServer((db) => sql`drop database ${sql.id(db)}`, name);
    },
  };
}

if (serverUrl) {
  ledgerStoreSuite('SQL Server', freshMssql);
  digestStoreSuite('SQL Server', freshMssql);
  runStoreSuite('SQL Server', freshMssql);
} else {
  const reason = 'MSSQL_URL not set: SQL Server integration suite skipped';
  console.log(reason);
  test(reason, { skip: reason }, () => {});
}
