/** Runs every test file with Node's test runner and ends with one plain line: "N passed, N failed". */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
rmSync(dir, { recursive: true, force: true });
const count = (name: string) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
const skipped = count('skipped') + count('todo');
// Skipped suites (SQL Server without MSSQL_URL) are reported on their own line so the last line stays plain.
if (skipped > 0) console.log(`${skipped} skipped`);
console.log(`${count('pass')} passed, ${count('fail') + count('cancelled')} failed`);
process.exitCode = run.status ?? 1;
