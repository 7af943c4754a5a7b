import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { test } from 'node:test';
import { createRunHarness, redisUrl } from '../support/run-harness.ts';
import { summaryModel } from '../support/summary-model.ts';

test('a worker killed with SIGKILL mid-run loses no run: another worker retries it and the user gets one answer', async () => {
  const answer = summaryModel();
  let calls = 0;
  // The first model call hangs long enough for the worker to be killed while waiting on it.
  const harness = await createRunHarness({
    fallback: (body) => (++calls === 1 ? { type: 'text', text: 'too late', delayMs: 15_000 } : answer(body)),
    workers: { roles: ['deliveries', 'sweep'] },
  });
  try {
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
    await harness.ask('asha', '250 groceries');
    const queued = await harness.ask('asha', 'should I cut down on anything this week?');
    // Wait until the child holds the run and the model has its request, then kill it.
    for (let i = 0; i < 400 && harness.fake.responseBodies().length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    assert.equal((await harness.store.findRun(queued.runId ?? 0))?.status, 'in_progress');
    child.kill('SIGKILL');
    await once(child, 'exit');

    await harness.startWorkers({ roles: ['runs'] });
    await harness.sender.waitForCount(1, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(harness.sender.sent.length, 1);
    assert.match(harness.sender.sent[0]?.reply.text ?? '', /₹250\.00/);
    const run = await harness.store.findRun(queued.runId ?? 0);
    assert.equal(run?.status, 'completed');
    assert.equal(run?.attempts, 2);
  } finally {
    await harness.close();
  }
});
