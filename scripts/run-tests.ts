/** Runs every test file with Node's test runner and ends with one plain line: "N passed, N failed". */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countTestsUnder } from './count-tests-under.ts';

const patterns = process.argv.slice(2);
const files = patterns.length > 0 ? patterns : ['test/**/*.test.ts'];
const dir = mkdtempSync(join(tmpdir(), 'finbot-tests-'));
const tapFile = join(dir, 'results.tap');

const run = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-concurrency=2',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tapFile}`,
    ...files,
  ],
  { stdio: 'inherit' },
);

const tap = readFileSync(tapFile, 'utf8');
// The SQL Server runs (MSSQL_URL set by CI) counted on their own, so a skip cannot pass for a pass.
const sqlServer = countTestsUnder(tap, 'SQL Server');
console.log(
  `tests named under "SQL Server": ${sqlServer.passed} passed, ${sqlServer.failed} failed, ${sqlServer.skipped} skipped${process.env.MSSQL_URL ? '' : ' (MSSQL_URL not set)'}`,
);
rmSync(dir, { recursive: true, force: true });
const count = (name: string) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
const skipped = count('skipped') + count('todo');
// Skipped suites (SQL Server without MSSQL_URL) are reported on their own line so the last line stays plain.
if (skipped > 0) console.log(`${skipped} skipped`);
console.log(`${count('pass')} passed, ${count('fail') + count('cancelled')} failed`);
process.exitCode = run.status ?? 1;
