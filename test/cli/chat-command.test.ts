import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai-server.ts';
import { freePort } from '../support/finbot-process.ts';
import { summaryModel } from '../support/summary-model.ts';
import { type CliWorkspace, createCliWorkspace } from './cli-process.ts';

describe('finbot chat with its input piped', () => {
  let workspace: CliWorkspace;

  before(() => {
    workspace = createCliWorkspace();
  });

  after(() => workspace.remove());

  test('answers one line per message: quick-adds with Undo, and a question totalled from SQL', async () => {
    const run = await workspace.run(['chat', '--user', 'asha'], {
      input: 'add ₹250 groceries today\nspent 120 on tea yesterday\nhow much on groceries this week?\n',
    });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(run.stdout.trimEnd().split('\n'), [
      'Added #1: ₹250.00 · groceries · today',
      'This week so far: ₹250.00',
      '  ↳ Undo: type "undo #1"',
      'Added #2: ₹120.00 · tea · 24 Nov',
      'This week so far: ₹370.00',
      '  ↳ Undo: type "undo #2"',
      'Groceries this week (23 Nov – 29 Nov): ₹250.00 (1 expense)',
    ]);
  });

  test('the ledger outlives the process, and each --user has their own', async () => {
    const again = await workspace.run(['chat', '--user', 'asha'], { input: 'how much did I spend this week?\n' });
    assert.equal(again.status, 0, again.stderr);
    assert.deepEqual(again.stdout.trimEnd().split('\n'), [
      'This week (23 Nov – 29 Nov): ₹370.00 (2 expenses)',
      '• groceries: ₹250.00',
      '• tea: ₹120.00',
    ]);

    const someoneElse = await workspace.run(['chat', '--user', 'ben'], { input: 'how much did I spend this week?\n' });
    assert.equal(someoneElse.status, 0, someoneElse.stderr);
    assert.equal(someoneElse.stdout, 'No expenses this week (23 Nov – 29 Nov).\n');
  });
});

describe('finbot chat: recurring expenses in the terminal', () => {
  let workspace: CliWorkspace;

  before(() => {
    workspace = createCliWorkspace();
  });

  after(() => workspace.remove());

  test('set up, listed with the next date, and stopped, in the same words as the chats', async () => {
    const run = await workspace.run(['chat', '--user', 'asha'], {
      input: 'rent 15000 every month on the 1st\nrecurring\nstop recurring rent\nrecurring\n',
    });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(run.stdout.trimEnd().split('\n'), [
      'Recurring: ₹15,000.00 rent, every month on the 1st.',
      'Next: 1 Dec. Say "recurring" to see them all.',
      'Your recurring expenses:',
      '• ₹15,000.00 rent — every month on the 1st · next 1 Dec',
      'Say "stop recurring <name>" to end one.',
      'Stopped (expenses already recorded stay):',
      '• ₹15,000.00 rent — every month on the 1st',
      'No recurring expenses yet. Say "rent 15000 every month on the 1st" or "netflix 649 monthly" to set one up.',
    ]);
  });
});

describe('finbot chat with a model and no Redis', () => {
  let workspace: CliWorkspace;
  let model: FakeOpenAI;

  before(async () => {
    workspace = createCliWorkspace();
    model = await startFakeOpenAI({ fallback: summaryModel() });
  });

  after(async () => {
    workspace.remove();
    await model.close();
  });

  test('says so, and answers a model question in its own process from the SQL total', async () => {
    const redisUrl = `redis://127.0.0.1:${await freePort()}`;
    const run = await workspace.run(['chat', '--user', 'asha'], {
      input: 'add ₹250 groceries today\nshould I cut down on anything this week?\n',
      env: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: model.baseURL, REDIS_URL: redisUrl },
    });
    assert.equal(run.status, 0, run.stderr);
    assert.match(
      run.stdout,
      new RegExp(`No Redis at ${redisUrl}: questions for the model are answered in this process`),
    );
    assert.match(run.stdout, /Added #1: ₹250\.00 · groceries · today/);
    assert.match(run.stdout, /This week you spent ₹250\.00 in all\. \(should I cut down on anything this week\?\)/);
    assert.ok(model.requests.length >= 2, 'the model was asked, then given the tool result');
  });
});
