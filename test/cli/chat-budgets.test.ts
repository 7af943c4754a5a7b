/** Budgets in the terminal chat: the same words as in Telegram and Slack, buttons as lines to type. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type CliWorkspace, createCliWorkspace } from './cli-process.ts';

describe('budgets in finbot chat', () => {
  let workspace: CliWorkspace;
  before(() => {
    workspace = createCliWorkspace();
  });
  after(() => workspace.remove());

  test('set, quick-add with its standing and alert, list, remove', async () => {
    const run = await workspace.run(['chat', '--user', 'meena'], {
      input: 'budget groceries 500 monthly\n450 groceries\nbudgets\nremove budget groceries\n',
    });
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    assert.match(lines[0] ?? '', /^Budget set: groceries ₹500\.00 a month\.$/);
    assert.ok(lines.includes('  ↳ Remove groceries: type "remove budget groceries"'), run.stdout);
    assert.ok(
      lines.some((line) => /^groceries: ₹450\.00 of ₹500\.00 this month · 90 %$/.test(line)),
      run.stdout,
    );
    assert.equal(lines.filter((line) => line.startsWith('⚠️ Budget alert: 90 % of your groceries budget')).length, 1);
    assert.ok(
      lines.some((line) => /^• groceries \(₹500\.00 a month\): ₹450\.00 spent · 90 % · ₹50\.00 left/.test(line)),
    );
    assert.ok(lines.includes('Removed your groceries budget (₹500.00 a month).'), run.stdout);
  });
});
