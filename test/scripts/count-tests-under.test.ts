import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countTestsUnder } from '../../scripts/count-tests-under.ts';

const tap = `TAP version 13
# Subtest: SQL Server: runs
    # Subtest: claims race
    ok 1 - claims race
      ---
      duration_ms: 3
      type: 'test'
      ...
    # Subtest: leases
    not ok 2 - leases
      ---
      type: 'test'
      ...
    1..2
not ok 1 - SQL Server: runs
  ---
  type: 'suite'
  ...
# Subtest: SQLite file: runs
    # Subtest: claims race
    ok 1 - claims race
      ---
      type: 'test'
      ...
ok 2 - SQLite file: runs
  ---
  type: 'suite'
  ...
# Subtest: MSSQL_URL not set: SQL Server suites skipped
ok 3 - MSSQL_URL not set: SQL Server suites skipped # SKIP MSSQL_URL not set
  ---
  type: 'test'
  ...
`;

test('tests under a suite named with the marker are counted by result; suites and other tests are not', () => {
  assert.deepEqual(countTestsUnder(tap, 'SQL Server'), { passed: 1, failed: 1, skipped: 1 });
  assert.deepEqual(countTestsUnder(tap, 'SQLite'), { passed: 1, failed: 0, skipped: 0 });
});
