/** The shared LedgerStore and DigestStore suites on a real SQL Server, when MSSQL_URL names one; a visible skip otherwise. */
import { test } from 'node:test';
import { openDatabase } from '../../src/storage/open-database.ts';
import { createFreshMssqlDatabase, mssqlServerUrl, mssqlSkipReason } from '../support/fresh-mssql.ts';
import { digestStoreSuite } from './digest-store.suite.ts';
import { type FreshDatabase, ledgerStoreSuite } from './ledger-store.suite.ts';
import { runStoreSuite } from './run-store.suite.ts';

async function freshMssql(): Promise<FreshDatabase> {
  const fresh = await createFreshMssqlDatabase();
  const database = await openDatabase(fresh.url);
  return {
    database,
    drop: async () => {
      await database.close();
      await fresh.drop();
    },
  };
}

if (mssqlServerUrl) {
  ledgerStoreSuite('SQL Server', freshMssql);
  digestStoreSuite('SQL Server', freshMssql);
  runStoreSuite('SQL Server', freshMssql);
} else {
  console.log(mssqlSkipReason);
  test(mssqlSkipReason, { skip: mssqlSkipReason }, () => {});
}
