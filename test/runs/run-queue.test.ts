import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, test } from 'node:test';
import { formatMoney } from '../../src/core/money/money.ts';
import { createRunHarness, type RunHarness } from '../support/run-harness.ts';
import { lastQuestion, summaryModel } from '../support/summary-model.ts';

// The core answers totals, biggest, averages and comparisons itself; advice goes to the model.
const question = 'should I cut down on anything this week?';

describe('questions answered by the model through the run queue', () => {
  let harness: RunHarness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  test('a question is queued at once and the answer quotes the SQL total exactly', async () => {
    harness = await createRunHarness({ fallback: summaryModel() });
    await harness.ask('asha', '250 groceries');
    await harness.ask('asha', 'spent 1,250.50 on fuel');
    const queued = await harness.ask('asha', question);
    assert.equal(queued.kind, 'queued');
    await harness.sender.waitForCount(1);
    const [delivery] = harness.sender.sent;
    assert.equal(delivery?.reply.kind, 'answer');
    assert.match(delivery?.reply.text ?? '', /₹1,500\.50/);
    const toolCall = harness.fake
      .responseBodies()
      .some((body) => (body.input ?? []).some((item) => item.type === 'function_call_output'));
    assert.ok(toolCall, 'the model was given a tool result');
    const run = await harness.store.findRun(queued.runId ?? 0);
    assert.equal(run?.status, 'completed');
    assert.ok(run?.deliveredAt);
  });

  test('two questions sent at once by one user are answered in order, each exactly once', async () => {
    harness = await createRunHarness({ fallback: summaryModel({ delayMs: 150 }) });
    await harness.ask('asha', '250 groceries');
    const [first, second] = await Promise.all([
      harness.ask('asha', 'first question: how am I doing?'),
      harness.ask('asha', 'second question: and compared to my usual?'),
    ]);
    assert.equal(first.kind, 'queued');
    assert.equal(second.kind, 'queued');
    await harness.sender.waitForCount(2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(harness.sender.sent.length, 2, 'each answered once');
    const order = harness.sender.sent.map((entry) => (entry.reply.text.includes('first question') ? 1 : 2));
    const expected = (first.runId ?? 0) < (second.runId ?? 0) ? [1, 2] : [2, 1];
    assert.deepEqual(order, expected);
    // The model never saw the later question before the earlier one was answered.
    const asked = harness.fake.responseBodies().map((body) => (lastQuestion(body).includes('first') ? 1 : 2));
    assert.deepEqual(asked, [expected[0], expected[0], expected[1], expected[1]]);
  });

  test('fifty users asking at once are answered in parallel, each with their own total', async () => {
    harness = await createRunHarness({ fallback: summaryModel({ delayMs: 100 }), workers: { runConcurrency: 25 } });
    const users = Array.from({ length: 50 }, (_, index) => `user${index}`);
    for (const [index, user] of users.entries()) await harness.ask(user, `${index + 1}00 groceries`);
    const replies = await Promise.all(users.map((user) => harness?.ask(user, question)));
    assert.ok(replies.every((reply) => reply?.kind === 'queued'));
    await harness.sender.waitForCount(50, 60_000);
    assert.equal(harness.sender.sent.length, 50);
    for (const [index, user] of users.entries()) {
      const delivery = harness.sender.sent.find((entry) => entry.target.address.user === user);
      const total = formatMoney({ minor: (index + 1) * 100 * 100, currency: 'INR' }, 'en-IN');
      assert.ok(delivery?.reply.text.includes(total), `${user} expected ${total} in ${delivery?.reply.text}`);
    }
    // Runs overlapped in time: several threads were in progress at once.
    const runs = await Promise.all(replies.map((reply) => harness?.store.findRun(reply?.runId ?? 0)));
    const spans = runs.map((run) => [Date.parse(run?.startedAt ?? ''), Date.parse(run?.completedAt ?? '')] as const);
    const overlapping = spans.filter(([start]) => spans.some(([s, e]) => s < start && start < e)).length;
    assert.ok(overlapping >= 10, `expected overlapping runs, got ${overlapping}`);
  });

  test('a redelivered question makes one run and one answer', async () => {
    harness = await createRunHarness({ fallback: summaryModel() });
    const key = `telegram:update:${randomUUID()}`;
    const first = await harness.ask('asha', question, key);
    const again = await harness.ask('asha', question, key);
    assert.equal(again.repeated, true);
    await harness.sender.waitForCount(1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(harness.sender.sent.length, 1);
    assert.equal((await harness.store.countRunsByStatus()).completed, 1);
    assert.equal(first.runId, again.runId);
  });

  test('a 429 from the model is retried after a pause and then answered once', async () => {
    harness = await createRunHarness({ fallback: summaryModel() });
    harness.fake.script({ type: 'error', status: 429, retryAfter: '0' });
    await harness.ask('asha', '250 groceries');
    const queued = await harness.ask('asha', question);
    await harness.sender.waitForCount(1);
    assert.match(harness.sender.sent[0]?.reply.text ?? '', /₹250\.00/);
    const run = await harness.store.findRun(queued.runId ?? 0);
    assert.equal(run?.attempts, 2);
    assert.equal(run?.status, 'completed');
  });

  test('a model that keeps failing ends with a short apology that says the data is safe', async () => {
    harness = await createRunHarness({ fallback: { type: 'error', status: 500 }, workers: { maxAttempts: 2 } });
    const queued = await harness.ask('asha', question);
    await harness.sender.waitForCount(1);
    const reply = harness.sender.sent[0]?.reply;
    assert.equal(reply?.kind, 'run_failed');
    assert.match(reply?.text ?? '', /saved/);
    const run = await harness.store.findRun(queued.runId ?? 0);
    assert.equal(run?.status, 'failed');
    assert.equal(run?.attempts, 2);
  });

  test('a reply quoting a total no tool returned is replaced by the SQL figures', async () => {
    harness = await createRunHarness({ fallback: summaryModel({ quote: () => '₹999.00' }) });
    await harness.ask('asha', 'spent 1,250.50 on fuel');
    await harness.ask('asha', question);
    await harness.sender.waitForCount(1);
    const text = harness.sender.sent[0]?.reply.text ?? '';
    assert.doesNotMatch(text, /999/);
    assert.match(text, /₹1,250\.50/);
  });

  test('a run whose scheduling failed (Redis unreachable) is found by the sweep and answered', async () => {
    harness = await createRunHarness({
      fallback: summaryModel(),
      scheduler: {
        schedule: async () => {
          throw new Error('Redis is down');
        },
      },
    });
    await harness.ask('asha', '250 groceries');
    const queued = await harness.ask('asha', question);
    assert.equal(queued.kind, 'queued');
    await harness.sender.waitForCount(1);
    assert.match(harness.sender.sent[0]?.reply.text ?? '', /₹250\.00/);
  });
});
