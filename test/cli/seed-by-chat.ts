/** The ledger the report-command tests read, typed into `finbot chat` the way a user would fill it. */
import assert from 'node:assert/strict';
import type { CliWorkspace } from './cli-process.ts';

/** Asha's week 2026-W48: ₹250 groceries and $20 lunch on Wed 25 Nov, ₹120 tea on Tue 24 Nov, ₹900 rent on 2 Nov. */
export async function seedAshasWeek(workspace: CliWorkspace): Promise<void> {
  const run = await workspace.run(['chat', '--user', 'asha'], {
    input: 'add ₹250 groceries today\nspent 120 on tea yesterday\n$20 lunch\n900 rent on 2 nov\n',
  });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout.match(/^Added #\d+/gm)?.length, 4, run.stdout);
}
