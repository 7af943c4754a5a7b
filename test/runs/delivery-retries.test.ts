import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { DeliveryError } from '../../src/core/ports/delivery-error.ts';
import type { ReplySender } from '../../src/core/ports/reply-sender.ts';
import type { SenderRegistry } from '../../src/jobs/deliveries/deliver-run.ts';
import { deliveryJobId } from '../../src/jobs/deliveries/delivery-queue.ts';
import { deploymentPrefix } from '../../src/jobs/deployment-scope.ts';
import { queueNames } from '../../src/jobs/queue-names.ts';
import { createRecordingSender } from '../support/recording-sender.ts';
import { createRunHarness, type RunHarness, redisUrl } from '../support/run-harness.ts';
import { summaryModel } from '../support/summary-model.ts';

async function eventually(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The delivery queue of the harness's deployment, and the job of `runId` under its current id. */
async function deliveryJob(harness: RunHarness, connection: Redis, runId: number) {
  const deploymentId = await harness.store.deploymentId();
  const queue = new Queue(queueNames.deliveries, {
    connection,
    prefix: deploymentPrefix(harness.prefix, deploymentId),
  });
  const run = await harness.store.findRun(runId);
  assert.ok(run);
  const job = await queue.getJob(deliveryJobId(deploymentId, run));
  return { queue, job, deploymentId };
}

test('a reply waiting before its platform’s sender is registered is delayed without using an attempt, then delivered once', async () => {
  const senders: SenderRegistry = {};
  const waits: number[] = [];
  const harness = await createRunHarness({
    fallback: summaryModel(),
    workers: { senders, onWaitingForSender: (runId) => waits.push(runId) },
  });
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  try {
    const asked = await harness.ask('asha', 'should I cut down on anything this week?');
    assert.ok(asked.runId);
    const runId = asked.runId;
    await eventually(() => waits.length >= 1, 'the reply to wait for a sender');
    const { queue, job } = await deliveryJob(harness, connection, runId);
    assert.equal(await job?.getState(), 'delayed');
    assert.equal(job?.attemptsMade, 0, 'waiting costs no attempt');
    assert.equal((await queue.getJobCounts('failed')).failed, 0);

    const sender = createRecordingSender();
    senders.cli = sender;
    await sender.waitForCount(1, 10_000);
    // Further sweeps and waits send nothing more.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    assert.equal(sender.sent.length, 1);
    assert.ok((await harness.store.findRun(runId))?.deliveredAt);
    assert.equal(await (await queue.getJob(job?.id ?? ''))?.getState(), 'completed');
    await queue.close();
  } finally {
    connection.disconnect();
    await harness.close();
  }
});

test('a reply whose delivery job failed for good, not by the user’s doing, is delivered once by the sweep', async () => {
  // Deliveries are not taken here at first: the job waits in Redis for the stand-in below.
  const harness = await createRunHarness({ fallback: summaryModel(), workers: { roles: ['runs', 'sweep'] } });
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  try {
    const asked = await harness.ask('ravi', 'should I cut down on anything this week?');
    assert.ok(asked.runId);
    const runId = asked.runId;
    const { queue, deploymentId } = await deliveryJob(harness, connection, runId);
    // A worker of an older finbot: no sender yet, so the delivery failed as unrecoverable.
    const failed: Job[] = [];
    const old = new Worker(
      queueNames.deliveries,
      async () => {
        throw new UnrecoverableError('no sender for platform cli');
      },
      { connection, prefix: deploymentPrefix(harness.prefix, deploymentId) },
    );
    old.on('failed', (job) => job && failed.push(job));
    await eventually(() => failed.length === 1, 'the delivery to fail for good');
    await old.close();
    const before = await harness.store.findRun(runId);
    assert.equal(before?.deliveredAt, null);

    const sender = createRecordingSender();
    await harness.startWorkers({ roles: ['deliveries'], senders: { cli: sender } });
    await sender.waitForCount(1, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    assert.equal(sender.sent.length, 1, 'delivered once');
    const after = await harness.store.findRun(runId);
    assert.ok(after?.deliveredAt);
    assert.notEqual(after?.queueToken, before?.queueToken, 'the new job has a new id');
    assert.equal(
      await (await queue.getJob(failed[0]?.id ?? ''))?.getState(),
      'failed',
      'the old job is left as it was',
    );
    await queue.close();
  } finally {
    connection.disconnect();
    await harness.close();
  }
});

test('a reply the platform refused for good (the user blocked the bot) is not sent again by the sweep', async () => {
  let calls = 0;
  const blocked: ReplySender = {
    async send() {
      calls++;
      throw new DeliveryError(
        'unreachable',
        'Telegram refused sendMessage: 403 Forbidden: bot was blocked by the user',
      );
    },
  };
  const harness = await createRunHarness({ fallback: summaryModel(), workers: { senders: { cli: blocked } } });
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  try {
    const asked = await harness.ask('meera', 'should I cut down on anything this week?');
    assert.ok(asked.runId);
    await eventually(() => calls === 1, 'the platform to refuse');
    // Several sweeps (every 300 ms, replies stale after 500 ms) pass.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    assert.equal(calls, 1, 'not resent');
    const run = await harness.store.findRun(asked.runId);
    assert.equal(run?.deliveredAt, null);
    const { queue, job } = await deliveryJob(harness, connection, asked.runId);
    assert.equal(await job?.getState(), 'failed');
    await queue.close();
  } finally {
    connection.disconnect();
    await harness.close();
  }
});

test('a reply the platform throttled goes once the wait it named is over, without spending an attempt', async () => {
  const tries: number[] = [];
  const throttledOnce: ReplySender = {
    async send() {
      tries.push(Date.now());
      if (tries.length === 1)
        throw new DeliveryError('throttled', 'Telegram refused sendMessage: 429', { retryAfterMs: 1500 });
    },
  };
  const harness = await createRunHarness({ fallback: summaryModel(), workers: { senders: { cli: throttledOnce } } });
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  try {
    const asked = await harness.ask('meera', 'should I cut down on anything this week?');
    assert.ok(asked.runId);
    const runId = asked.runId;
    await eventually(
      async () => (await harness.store.findRun(runId))?.deliveredAt != null,
      'the reply to be delivered',
    );
    assert.equal(tries.length, 2);
    assert.ok((tries[1] ?? 0) - (tries[0] ?? 0) >= 1400, 'waited what the platform asked');
    const { queue, job } = await deliveryJob(harness, connection, runId);
    assert.equal(job?.attemptsMade, 1, 'one attempt: the throttled try cost none');
    await queue.close();
  } finally {
    connection.disconnect();
    await harness.close();
  }
});
