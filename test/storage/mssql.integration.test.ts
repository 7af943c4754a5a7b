/** The shared LedgerStore and DigestStore suites on a real SQL Server, when MSSQL_URL names one; a visible skip otherwise. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openDatabase } from '../../src/storage/open-database.ts';
import { createCoreHarness } from '../support/core-harness.ts';
import { createFreshMssqlDatabase, mssqlServerUrl, mssqlSkipReason } from '../support/fresh-mssql.ts';
import { budgetStoreSuite } from './budget-store.suite.ts';
import { dashboardStoreSuite } from './dashboard-store.suite.ts';
import { digestStoreSuite } from './digest-store.suite.ts';
import { fileDeliveryStoreSuite } from './file-delivery-store.suite.ts';
import { type FreshDatabase, ledgerStoreSuite } from './ledger-store.suite.ts';
import { recurringStoreSuite } from './recurring-store.suite.ts';
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
  dashboardStoreSuite('SQL Server', freshMssql);
  runStoreSuite('SQL Server', freshMssql);
  budgetStoreSuite('SQL Server', freshMssql);
  recurringStoreSuite('SQL Server', freshMssql);
  fileDeliveryStoreSuite('SQL Server', freshMssql);
} else {
  console.log(mssqlSkipReason);
  test(mssqlSkipReason, { skip: mssqlSkipReason }, () => {});
}

if (mssqlServerUrl) {
  describe('SQL Server: quick-adds through the core', () => {
    test('50 concurrent quick-adds for one user get 50 distinct consecutive numbers', async () => {
      const fresh = await createFreshMssqlDatabase();
      const harness = await createCoreHarness('2026-11-25T06:30:00Z', fresh.url);
      try {
        const replies = await Promise.all(
          Array.from({ length: 50 }, (_, index) => harness.say('asha', `${100 + index} coffee`)),
        );
        assert.ok(replies.every((reply) => reply.kind === 'expense_added'));
        const user = await harness.store.findUser('cli', 'asha');
        assert.ok(user);
        const numbers = (await harness.store.listExpenses(user.id, { limit: 100 })).map((expense) => expense.number);
        assert.deepEqual(
          numbers.sort((x, y) => x - y),
          Array.from({ length: 50 }, (_, index) => index + 1),
        );
      } finally {
        await harness.close();
        await fresh.drop();
      }
    });
  });
}
