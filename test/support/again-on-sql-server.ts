/**
 * Runs a folder's end-to-end tests once more, in this process, with every core harness on a fresh SQL Server
 * database (MSSQL_URL) instead of SQLite. Without MSSQL_URL it registers one visible skip that says why.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { testDatabaseVariable } from './core-harness.ts';
import { dropSharedMssqlDatabase, mssqlServerUrl, mssqlSkipReason } from './fresh-mssql.ts';

/** `folder`: the calling suite's folder URL; `usesHarness`: what marks a file as building its core through one. */
export function againOnSqlServer(folder: URL, caller: string, usesHarness: RegExp): void {
  if (!mssqlServerUrl) {
    test(mssqlSkipReason, { skip: mssqlSkipReason }, () => {});
    return;
  }
  const files = readdirSync(fileURLToPath(folder))
    .filter((name) => name.endsWith('.test.ts') && !caller.endsWith(`/${name}`))
    .filter((name) => usesHarness.test(readFileSync(new URL(name, folder), 'utf8')))
    .sort();
  process.env[testDatabaseVariable] = 'mssql';
  describe('on SQL Server', async () => {
    after(() => dropSharedMssqlDatabase());
    // Importing a test file registers its tests inside this suite.
    for (const name of files) await import(new URL(name, folder).href);
  });
}
