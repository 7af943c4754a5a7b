/**
 * A budget alert raised inside a model run survives the run's worker being killed with SIGKILL: the expense and
 * its alert commit together, the retried run finds both, and the user gets one answer carrying the alert once.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { test } from 'node:test';
import type { ResponsesRequestBody } from '../support/fake-openai-server.ts';
import { createRunHarness, redisUrl } from '../support/run-harness.ts';

const add = { amount: '900', currency: null, category: 'groceries', note: 'weekly market', spent_on: null };

/** Whether this request already carries the add_expense result (the model's second round). */
function hasToolOutput(body: ResponsesRequestBody): boolean {
  return JSON.stringify(body.input ?? []).includes('function_call_output');
}

test('a worker killed after its add_expense crossed a budget threshold: one expense, one alert, one answer that says it', async () => {
  let secondRounds = 0;
  const harness = await createRunHarness({
    fallback: (body) => {
      if (!hasToolOutput(body))
        return { type: 'calls', calls: [{ name: 'add_expense', callId: 'call_add', arguments: add }] };
      // The first worker's second round hangs: it is killed while waiting, after the expense and alert committed.
      return ++secondRounds === 1
        ? { type: 'text', text: 'too late', delayMs: 15_000 }
        : { type: 'text', text: 'Recorded your groceries.' };
    },
    workers: { roles: ['deliveries', 'sweep'] },
  });
  try {
    await harness.ask('asha', 'budget groceries 1000 monthly');
    const child = spawn(process.execPath, ['test/support/run-worker-process.ts'], {
      env: {
        ...process.env,
        DATABASE_URL: harness.databaseUrl,
        REDIS_URL: redisUrl,
        QUEUE_PREFIX: harness.prefix,
        OPENAI_BASE_URL: harness.fake.baseURL,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await once(child.stdout, 'data');
    const queued = await harness.ask('asha', 'could you record the groceries from the market trip I told you about?');
    assert.equal(queued.kind, 'queued');
    const user = await harness.store.findUser('cli', 'asha');
    assert.ok(user);
    // Wait until the child recorded the expense and its alert and is waiting on the model's second round.
    for (
      let i = 0;
      i < 400 && !(secondRounds === 1 && (await harness.store.listBudgetAlerts(user.id, '2000-01-01')).length === 1);
      i++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    assert.equal(secondRounds, 1);
    child.kill('SIGKILL');
    await once(child, 'exit');

    await harness.startWorkers({ roles: ['runs'] });
    await harness.sender.waitForCount(1, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(harness.sender.sent.length, 1);
    const reply = harness.sender.sent[0]?.reply.text ?? '';
    assert.match(reply, /⚠️ Budget alert: 90 % of your groceries budget used this month — ₹900\.00 of ₹1,000\.00/);
    assert.equal(reply.match(/Budget alert/g)?.length, 1);
    const alerts = await harness.store.listBudgetAlerts(user.id, '2000-01-01');
    assert.deepEqual(
      alerts.map((alert) => alert.threshold),
      [80],
    );
    assert.equal((await harness.store.listExpenses(user.id, {})).length, 1);
    const run = await harness.store.findRun(queued.runId ?? 0);
    assert.equal(run?.status, 'completed');
    assert.equal(run?.attempts, 2);
  } finally {
    await harness.close();
  }
});
