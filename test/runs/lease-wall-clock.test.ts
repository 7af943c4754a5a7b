import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processThreadRuns, type RunProcessorDeps } from '../../src/core/runs/process-thread-runs.ts';
import { fixedClock, systemClock } from '../../src/core/time/clock.ts';
import { createRunHarness } from '../support/run-harness.ts';

// FINBOT_NOW pins the business clock like this; leases must still run on the wall clock.
const pinned = fixedClock(new Date('2026-11-20T09:00:00Z'));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function processor(
  harness: Awaited<ReturnType<typeof createRunHarness>>,
  executeMs: number,
  leaseMs: number,
): RunProcessorDeps {
  return {
    store: harness.store,
    clock: pinned,
    leaseMs,
    maxAttempts: 3,
    backoffMs: () => 100,
    deliver: async () => {},
    executor: {
      async execute() {
        await sleep(executeMs);
        return {
          reply: 'ok',
          responseIds: [],
          inputTokens: 0,
          outputTokens: 0,
          events: [],
          grounded: true,
          ungroundedAmounts: [],
        };
      },
    },
  };
}

test('with the business clock pinned, a dead worker’s lease runs out on the wall clock and the run is taken over', async () => {
  const harness = await createRunHarness({ workers: { roles: [] }, scheduler: { schedule: async () => {} } });
  try {
    const reply = await harness.ask('asha', 'should I cut down on anything?');
    const run = await harness.store.findRun(reply.runId ?? 0);
    assert.ok(run);
    // A worker claims the run for 300 ms of wall time and dies without renewing it.
    const now = systemClock.now();
    const claim = await harness.store.claimNextRun(
      run.threadId,
      now.toISOString(),
      new Date(now.getTime() + 300).toISOString(),
    );
    assert.equal(claim.kind, 'claimed');

    const early = await processThreadRuns(processor(harness, 0, 300), run.threadId);
    assert.equal(early.kind, 'wait');
    await sleep(400);
    const late = await processThreadRuns(processor(harness, 0, 300), run.threadId);
    assert.deepEqual(late, { kind: 'done', processed: 1 });
    const finished = await harness.store.findRun(run.id);
    assert.equal(finished?.status, 'completed');
    assert.equal(finished?.attempts, 2);
  } finally {
    await harness.close();
  }
});

test('a run worked on longer than its lease keeps it: the heartbeat renews it and no second worker takes it', async () => {
  const harness = await createRunHarness({ workers: { roles: [] }, scheduler: { schedule: async () => {} } });
  try {
    const reply = await harness.ask('asha', 'should I cut down on anything?');
    const run = await harness.store.findRun(reply.runId ?? 0);
    assert.ok(run);
    // The model takes 1 s, over three 300 ms leases.
    const first = processThreadRuns(processor(harness, 1000, 300), run.threadId);
    await sleep(650);
    const second = await processThreadRuns(processor(harness, 0, 300), run.threadId);
    assert.equal(second.kind, 'wait');
    assert.deepEqual(await first, { kind: 'done', processed: 1 });
    const finished = await harness.store.findRun(run.id);
    assert.equal(finished?.status, 'completed');
    assert.equal(finished?.attempts, 1);
    assert.equal(finished?.leaseUntil, null);
  } finally {
    await harness.close();
  }
});
