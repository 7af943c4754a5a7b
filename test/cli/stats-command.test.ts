import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type CliWorkspace, createCliWorkspace } from './cli-process.ts';
import { seedAshasWeek } from './seed-by-chat.ts';

describe('finbot stats', () => {
  let workspace: CliWorkspace;

  before(async () => {
    workspace = createCliWorkspace();
    await seedAshasWeek(workspace);
  });

  after(() => workspace.remove());

  test('--json gives the week per currency, category and day, in minor units and decimal strings', async () => {
    const run = await workspace.run(['stats', '--user', 'asha', '--week', '2026-W48', '--json']);
    assert.equal(run.status, 0, run.stderr);
    const stats = JSON.parse(run.stdout);
    assert.deepEqual(
      { user: stats.user, week: stats.week, from: stats.from, to: stats.to },
      {
        user: { platform: 'cli', platformUserId: 'asha', timeZone: 'Asia/Kolkata' },
        week: '2026-W48',
        from: '2026-11-23',
        to: '2026-11-29',
      },
    );
    assert.deepEqual(stats.currencies, [
      {
        currency: 'INR',
        total: { minor: 37000, amount: '370.00', count: 2 },
        byCategory: [
          { category: 'groceries', minor: 25000, amount: '250.00', count: 1 },
          { category: 'tea', minor: 12000, amount: '120.00', count: 1 },
        ],
        byDay: [
          { date: '2026-11-24', minor: 12000, amount: '120.00', count: 1 },
          { date: '2026-11-25', minor: 25000, amount: '250.00', count: 1 },
        ],
      },
      {
        currency: 'USD',
        total: { minor: 2000, amount: '20.00', count: 1 },
        byCategory: [{ category: 'food', minor: 2000, amount: '20.00', count: 1 }],
        byDay: [{ date: '2026-11-25', minor: 2000, amount: '20.00', count: 1 }],
      },
    ]);
  });

  test('without --week it reports the current week as text; rent from 2 Nov is not in it', async () => {
    const run = await workspace.run(['stats', '--user', 'asha']);
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.split('\n');
    assert.equal(lines[0], 'Week 2026-W48 (2026-11-23 to 2026-11-29)');
    assert.ok(lines.includes('Total: ₹370.00 in 2 expenses'), run.stdout);
    assert.ok(lines.includes('  groceries            ₹250.00'), run.stdout);
    assert.ok(lines.includes('  tea                  ₹120.00'), run.stdout);
    assert.ok(lines.includes('  food                 $20.00'), run.stdout);
    assert.doesNotMatch(run.stdout, /rent|900/);
  });

  test('an unknown user is one line on stderr and exit code 1', async () => {
    const run = await workspace.run(['stats', '--user', 'nobody']);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^No user "nobody"\. Chat first/);
  });
});
