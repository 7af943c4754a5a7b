import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type CliWorkspace, createCliWorkspace } from './cli-process.ts';
import { seedAshasWeek } from './seed-by-chat.ts';

describe('finbot digest --dry-run', () => {
  let workspace: CliWorkspace;

  before(async () => {
    workspace = createCliWorkspace();
    await seedAshasWeek(workspace);
  });

  after(() => workspace.remove());

  test("for everyone: one line per user with the week's totals, and nothing sent", async () => {
    const run = await workspace.run(['digest', '--week', '2026-W48', '--dry-run']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^cli:asha .*\(₹370\.00 in 2 expenses, \$20\.00 in 1 expense\)$/m);
    assert.match(run.stdout, /Dry run for 2026-W48: .*Nothing was sent\./);
  });

  test("for one user: the digest's text, per currency, without sending it", async () => {
    const run = await workspace.run(['digest', '--week', '2026-W48', '--user', 'asha', '--dry-run']);
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.split('\n');
    for (const line of [
      'Your week 2026-W48 (23 Nov – 29 Nov)',
      'INR total: ₹370.00 in 2 expenses (nothing the week before)',
      '• groceries ₹250.00 new',
      '• tea ₹120.00 new',
      'Largest: #1 ₹250.00 groceries (25 Nov) · #2 ₹120.00 tea (24 Nov)',
      'Biggest day: Wed 25 Nov, ₹250.00',
      'USD total: $20.00 in 1 expense (nothing the week before)',
      '• food $20.00 new',
    ]) {
      assert.ok(lines.includes(line), `missing "${line}" in:\n${run.stdout}`);
    }
    assert.doesNotMatch(run.stdout, /rent/, 'rent was on 2 Nov, weeks before');
    assert.match(run.stdout, /Nothing was sent\./);
  });

  test('without --week it refuses with one line', async () => {
    const run = await workspace.run(['digest', '--dry-run']);
    assert.equal(run.status, 1);
    assert.equal(run.stderr, '--week is required.\n');
  });
});
