import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { test } from 'node:test';
import { createRunHarness, redisUrl } from '../support/run-harness.ts';
import { summaryModel } from '../support/summary-model.ts';

test('with a deployment’s own lease and sweep timings, a run of a worker killed with SIGKILL is answered within 15 s', async () => {
  const answer = summaryModel();
  let calls = 0;
  // Production timings: a 10 s lease renewed by the heartbeat, the sweep every 2 s, BullMQ's lock left at its default.
  const timings = { leaseMs: 10_000, sweepEveryMs: 2000, lockDurationMs: undefined, stalledIntervalMs: undefined };
  const harness = await createRunHarness({
    fallback: (body) => (++calls === 1 ? { type: 'text', text: 'too late', delayMs: 30_000 } : answer(body)),
    workers: { ...timings, roles: ['deliveries', 'sweep'] },
  });
  try {
    const child = spawn(process.execPath, ['test/support/run-worker-process.ts'], {
      env: {
        ...process.env,
        DATABASE_URL: harness.databaseUrl,
        REDIS_URL: redisUrl,
        QUEUE_PREFIX: harness.prefix,
        OPENAI_BASE_URL: harness.fake.baseURL,
        RUN_TIMINGS: 'production',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await once(child.stdout, 'data');
    await harness.ask('asha', '250 groceries');
    const queued = await harness.ask('asha', 'should I cut down on anything this week?');
    for (let i = 0; i < 400 && harness.fake.responseBodies().length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    assert.equal((await harness.store.findRun(queued.runId ?? 0))?.status, 'in_progress');
    // Let the heartbeat renew the lease once, so the full lease is still ahead at the kill.
    await new Promise((resolve) => setTimeout(resolve, 2600));
    const killedAt = Date.now();
    child.kill('SIGKILL');
    await once(child, 'exit');
    await harness.startWorkers({ ...timings, roles: ['runs'] });

    await harness.sender.waitForCount(1, 20_000);
    const tookMs = Date.now() - killedAt;
    assert.ok(tookMs < 15_000, `answered ${tookMs} ms after the kill`);
    assert.match(harness.sender.sent[0]?.reply.text ?? '', /₹250\.00/);
    const run = await harness.store.findRun(queued.runId ?? 0);
    assert.equal(run?.status, 'completed');
    assert.equal(run?.attempts, 2);
  } finally {
    await harness.close();
  }
});
