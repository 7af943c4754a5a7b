import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processThreadRuns, type RunEvent } from '../../src/core/runs/process-thread-runs.ts';
import { systemClock } from '../../src/core/time/clock.ts';
import { createRunHarness } from '../support/run-harness.ts';

test('an answer whose delivery cannot be queued (Redis away) stays the answer, and the sweep delivers it', async () => {
  const harness = await createRunHarness({ workers: { roles: [] }, scheduler: { schedule: async () => {} } });
  try {
    const reply = await harness.ask('asha', 'should I cut down on anything?');
    const run = await harness.store.findRun(reply.runId ?? 0);
    assert.ok(run);
    const events: RunEvent[] = [];
    const outcome = await processThreadRuns(
      {
        store: harness.store,
        clock: systemClock,
        leaseMs: 5_000,
        maxAttempts: 3,
        backoffMs: () => 100,
        deliver: async () => {
          throw new Error("Stream isn't writeable and enableOfflineQueue options is false");
        },
        onEvent: (event) => events.push(event),
        executor: {
          async execute() {
            return {
              reply: 'Coffee is up 40 % on last week.',
              responseIds: [],
              inputTokens: 0,
              outputTokens: 0,
              events: [],
              grounded: true,
              ungroundedAmounts: [],
            };
          },
        },
      },
      run.threadId,
    );

    assert.deepEqual(outcome, { kind: 'done', processed: 1 });
    const saved = await harness.store.findRun(run.id);
    assert.equal(saved?.status, 'completed');
    assert.equal(saved?.reply, 'Coffee is up 40 % on last week.');
    assert.deepEqual(
      events.map((event) => event.type),
      ['completed', 'delivery_deferred'],
    );

    // The sweep (its own workers, in this process) finds the undelivered answer and sends that, not an apology.
    await harness.startWorkers({ roles: ['deliveries', 'sweep'] });
    await harness.sender.waitForCount(1);
    assert.equal(harness.sender.sent[0]?.reply.text, 'Coffee is up 40 % on last week.');
  } finally {
    await harness.close();
  }
});

test('a run whose work met the database out of reach is retried, not answered with an apology', async () => {
  const harness = await createRunHarness({ workers: { roles: [] }, scheduler: { schedule: async () => {} } });
  try {
    const reply = await harness.ask('asha', 'should I cut down on anything?');
    const run = await harness.store.findRun(reply.runId ?? 0);
    assert.ok(run);
    const events: RunEvent[] = [];
    const cut = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    const deps: Parameters<typeof processThreadRuns>[0] = {
      store: harness.store,
      clock: systemClock,
      leaseMs: 5_000,
      maxAttempts: 3,
      backoffMs: () => 60_000,
      deliver: async () => {},
      onEvent: (event: RunEvent) => events.push(event),
      executor: {
        async execute(): Promise<never> {
          throw cut;
        },
      },
    };
    const outcome = await processThreadRuns({ ...deps, isTransientFailure: (error) => error === cut }, run.threadId);
    assert.equal(outcome.kind, 'wait');
    assert.equal((await harness.store.findRun(run.id))?.status, 'queued');
    assert.deepEqual(
      events.map((event) => event.type),
      ['retrying'],
    );
  } finally {
    await harness.close();
  }
});
