import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type CliWorkspace, createCliWorkspace } from './cli-process.ts';
import { seedAshasWeek } from './seed-by-chat.ts';

const header = 'number,spent_on,amount,currency,amount_minor,category,note,created_at';

describe('finbot export', () => {
  let workspace: CliWorkspace;

  before(async () => {
    workspace = createCliWorkspace();
    await seedAshasWeek(workspace);
  });

  after(() => workspace.remove());

  test('csv lists every expense by date, with decimal and minor amounts', async () => {
    const run = await workspace.run(['export', '--user', 'asha', '--format', 'csv']);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(run.stdout.trimEnd().split('\n'), [
      header,
      '4,2026-11-02,900.00,INR,90000,rent,,2026-11-25T06:30:00.000Z',
      '2,2026-11-24,120.00,INR,12000,tea,,2026-11-25T06:30:00.000Z',
      '1,2026-11-25,250.00,INR,25000,groceries,,2026-11-25T06:30:00.000Z',
      '3,2026-11-25,20.00,USD,2000,food,lunch,2026-11-25T06:30:00.000Z',
    ]);
  });

  test('--from and --to keep only the days between them', async () => {
    const run = await workspace.run(['export', '--user', 'asha', '--from', '2026-11-01', '--to', '2026-11-24']);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(run.stdout.trimEnd().split('\n'), [
      header,
      '4,2026-11-02,900.00,INR,90000,rent,,2026-11-25T06:30:00.000Z',
      '2,2026-11-24,120.00,INR,12000,tea,,2026-11-25T06:30:00.000Z',
    ]);
  });

  test('json gives the same rows as objects', async () => {
    const run = await workspace.run(['export', '--user', 'asha', '--format', 'json', '--from', '2026-11-25']);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), [
      {
        number: 1,
        spent_on: '2026-11-25',
        amount: '250.00',
        currency: 'INR',
        amount_minor: 25000,
        category: 'groceries',
        note: null,
        created_at: '2026-11-25T06:30:00.000Z',
      },
      {
        number: 3,
        spent_on: '2026-11-25',
        amount: '20.00',
        currency: 'USD',
        amount_minor: 2000,
        category: 'food',
        note: 'lunch',
        created_at: '2026-11-25T06:30:00.000Z',
      },
    ]);
  });
});
