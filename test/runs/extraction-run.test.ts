import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, test } from 'node:test';
import type { User } from '../../src/core/domain/user.ts';
import { parseMessage } from '../../src/core/parse/parse-message.ts';
import { startRun } from '../../src/core/service/commands/start-run.ts';
import { systemClock } from '../../src/core/time/clock.ts';
import { localToday } from '../../src/core/time/period.ts';
import { createCoreHarness, testSettings } from '../support/core-harness.ts';
import type { FakeTurn } from '../support/fake-openai-server.ts';
import { createRunHarness, type RunHarness } from '../support/run-harness.ts';

const question = 'Was that an expense? Say it like "250 groceries".';
/** A message the parser reads as probably an expense, without confidence (checked below). */
const unclearText = 'spent 450 on what she asked for';
const record = (amount: string, category = 'groceries'): FakeTurn => ({
  type: 'calls',
  calls: [{ name: 'record_expense', arguments: { amount, currency: null, category, date: null, note: null } }],
});

/**
 * Starts an extraction run the way the handler does for an 'unclear' message, in one transaction; the sweep
 * schedules it (the same path as a message whose queue hand-off failed).
 */
async function startExtraction(harness: RunHarness, user: User, text: string, key = `test:${randomUUID()}`) {
  return harness.store.transaction(async (store) => {
    const now = systemClock.now().toISOString();
    await store.claimInboundMessage(key, user.id, now);
    const result = await startRun(
      {
        store,
        settings: testSettings,
        user,
        thread: await store.getThread(user.id),
        today: localToday(systemClock, user.timeZone),
        now,
        messageKey: key,
      },
      text,
      { platform: 'cli', address: { messageKey: key, user: user.platformUserId } },
      { mode: 'extract_expense', clarifyingQuestion: question },
    );
    await store.saveInboundReply(key, JSON.stringify(result.reply));
    return result.reply;
  });
}

describe('unclear expenses read by the model through the run queue', () => {
  let harness: RunHarness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  const newUser = (name: string) =>
    (harness as RunHarness).store.createUser({
      platform: 'cli',
      platformUserId: name,
      displayName: name,
      timeZone: 'Asia/Kolkata',
      currency: 'INR',
      locale: 'en-IN',
      weekStart: 1,
      digestEnabled: true,
    });

  test('an unclear message is stored once and confirmed with an Undo that works', async () => {
    harness = await createRunHarness();
    harness.fake.script(record('1,250.50'));
    const user = await newUser('asha');
    const queued = await startExtraction(harness, user, 'that weekly market thing 1,250.50');
    assert.equal(queued.kind, 'queued');
    assert.equal(queued.text, 'Let me read that…');

    await harness.sender.waitForCount(1);
    const reply = harness.sender.sent[0]?.reply;
    assert.equal(reply?.kind, 'expense_added');
    assert.match(reply?.text ?? '', /^Added #1: ₹1,250\.50 · groceries · today\nThis week so far: ₹1,250\.50$/);
    assert.deepEqual(reply?.buttons, [{ label: 'Undo', command: 'undo #1' }]);
    const expenses = await harness.store.listExpenses(user.id, {});
    assert.equal(expenses.length, 1);
    const run = await harness.store.findRun(queued.runId ?? 0);
    assert.equal(run?.status, 'completed');
    assert.equal(run?.mode, 'extract_expense');
    // The thread tells later questions what happened.
    const thread = await harness.store.getThread(user.id);
    const messages = (await harness.store.recentThreadMessages(thread.id, 10)).map((m) => `${m.role}: ${m.content}`);
    assert.deepEqual(messages.slice(-3), [
      'user: that weekly market thing 1,250.50',
      `event: expense #1 added: ₹1,250.50 groceries on ${expenses[0]?.spentOn}`,
      `assistant: ${reply?.text}`,
    ]);

    const undone = await harness.ask('asha', reply?.buttons[0]?.command ?? '');
    assert.equal(undone.kind, 'expense_undone');
    assert.deepEqual(await harness.store.listExpenses(user.id, {}), []);
  });

  test('the message these tests send is one the parser calls unclear', () => {
    const intent = parseMessage(unclearText, {
      today: '2026-11-25',
      defaultCurrency: 'INR',
      locale: 'en-IN',
      weekStart: 1,
      maxAmountMajor: testSettings.maxAmountMajor,
    });
    assert.equal(intent.kind, 'unclear', 'pick another message the parser calls unclear');
  });

  test('an unclear message from the user is read by the model and stored once, even when redelivered', async () => {
    harness = await createRunHarness();
    harness.fake.script(record('450', 'transport'));
    const key = `telegram:update:${randomUUID()}`;
    const queued = await harness.ask('asha', unclearText, key);
    const again = await harness.ask('asha', unclearText, key);
    assert.equal(queued.kind, 'queued');
    assert.equal(again.repeated, true);
    assert.equal(again.runId, queued.runId);

    await harness.sender.waitForCount(1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(harness.sender.sent.length, 1);
    const reply = harness.sender.sent[0]?.reply;
    assert.match(reply?.text ?? '', /^Added #1: ₹450\.00 · transport · today/);
    assert.deepEqual(reply?.buttons, [{ label: 'Undo', command: 'undo #1' }]);
    const run = await harness.store.findRun(queued.runId ?? 0);
    assert.equal(run?.mode, 'extract_expense');
    assert.match(run?.clarifyingQuestion ?? '', /What was that for\?/);
    assert.equal((await harness.store.listExpenses(run?.userId ?? 0, {})).length, 1);
    assert.equal(harness.fake.responseBodies().length, 1);
    assert.equal(harness.fake.responseBodies()[0]?.tools?.[0]?.name, 'record_expense');
  });

  test('a run retried after a rate limit stores one expense', async () => {
    harness = await createRunHarness();
    harness.fake.script({ type: 'error', status: 429, retryAfter: '0' }, record('80', 'tea'));
    const user = await newUser('kiran');
    const queued = await startExtraction(harness, user, 'chai 80 or so');
    await harness.sender.waitForCount(1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(harness.sender.sent.length, 1);
    assert.match(harness.sender.sent[0]?.reply.text ?? '', /^Added #1: ₹80\.00 · tea/);
    assert.equal((await harness.store.listExpenses(user.id, {})).length, 1);
    const run = await harness.store.findRun(queued.runId ?? 0);
    assert.equal(run?.attempts, 2);
  });

  test('a run whose expense was stored before its worker died confirms it and stores nothing more', async () => {
    harness = await createRunHarness();
    harness.fake.script(record('300'));
    const user = await newUser('dev');
    const key = `test:${randomUUID()}`;
    // What a worker that died between storing and finishing leaves: the expense under the message's key.
    await harness.store.insertExpense({
      userId: user.id,
      amount: { minor: 30000, currency: 'INR' },
      category: 'groceries',
      note: null,
      spentOn: localToday(systemClock, user.timeZone),
      sourceKey: key,
      createdAt: systemClock.now().toISOString(),
    });
    await startExtraction(harness, user, 'sabzi wala 300', key);
    await harness.sender.waitForCount(1);
    assert.match(harness.sender.sent[0]?.reply.text ?? '', /^Added #1: ₹300\.00 · groceries/);
    assert.deepEqual(harness.sender.sent[0]?.reply.buttons, [{ label: 'Undo', command: 'undo #1' }]);
    assert.equal((await harness.store.listExpenses(user.id, {})).length, 1);
    assert.equal(harness.fake.remaining(), 1, 'the model was not asked');
  });

  test("an invalid extraction stores nothing and asks the parser's question", async () => {
    harness = await createRunHarness();
    harness.fake.script(record('0'));
    const user = await newUser('nisha');
    await startExtraction(harness, user, 'zero something');
    await harness.sender.waitForCount(1);
    const reply = harness.sender.sent[0]?.reply;
    assert.equal(reply?.kind, 'invalid');
    assert.equal(reply?.text, `I didn't record anything. The amount has to be more than zero.\n${question}`);
    assert.deepEqual(reply?.buttons, []);
    assert.deepEqual(await harness.store.listExpenses(user.id, {}), []);
  });

  test('a model that keeps failing ends with "nothing recorded" and the question, not an apology for a question', async () => {
    harness = await createRunHarness({ fallback: { type: 'error', status: 500 }, workers: { maxAttempts: 2 } });
    const user = await newUser('sam');
    await startExtraction(harness, user, 'something 250 whatever');
    await harness.sender.waitForCount(1);
    const reply = harness.sender.sent[0]?.reply;
    assert.equal(reply?.kind, 'run_failed');
    assert.equal(reply?.text, `I couldn't read that just now, so I didn't record anything.\n${question}`);
    assert.deepEqual(await harness.store.listExpenses(user.id, {}), []);
  });

  test('without a model, an unclear message is asked about and nothing is stored', async () => {
    const core = await createCoreHarness();
    try {
      const reply = await core.say('asha', unclearText);
      assert.equal(reply.kind, 'invalid');
      assert.match(reply.text, /^What was that for\? I couldn't tell the category\./);
      const user = await core.store.findUser('cli', 'asha');
      assert.deepEqual(await core.store.listExpenses(user?.id ?? 0, {}), []);
      assert.deepEqual(await core.store.countRunsByStatus(), {});
    } finally {
      await core.close();
    }
  });
});
