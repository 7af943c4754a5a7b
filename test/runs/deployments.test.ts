import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { deploymentPrefix } from '../../src/jobs/deployment-scope.ts';
import { queueNames } from '../../src/jobs/queue-names.ts';
import { ForeignJobError } from '../../src/jobs/refuse-foreign-job.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { openDatabase } from '../../src/storage/open-database.ts';
import { loadDeploymentId } from '../../src/storage/runs/deployment-repository.ts';
import { deleteQueueKeys } from '../support/delete-queue-keys.ts';
import { createRunHarness, redisUrl } from '../support/run-harness.ts';
import { summaryModel } from '../support/summary-model.ts';

test('two deployments on one Redis with the same prefix each answer only their own users', async () => {
  const prefix = `finbot-test-${randomUUID()}`;
  const errors: unknown[] = [];
  const onError = (error: unknown) => errors.push(error);
  const a = await createRunHarness({ prefix, fallback: summaryModel(), workers: { onError } });
  const b = await createRunHarness({ prefix, fallback: summaryModel(), workers: { onError } });
  try {
    // Both databases number their users, threads and runs from 1: the same ids on one Redis.
    await a.ask('asha', '250 groceries');
    await b.ask('ravi', '400 taxi');
    const asked = [
      await a.ask('asha', 'should I cut down on anything this week?'),
      await b.ask('ravi', 'should I cut down on anything this week?'),
    ];
    assert.ok(asked[0]?.runId);
    assert.equal(asked[0]?.runId, asked[1]?.runId);
    await a.sender.waitForCount(1, 10_000);
    await b.sender.waitForCount(1, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(
      a.sender.sent.map((sent) => sent.target.address.user),
      ['asha'],
    );
    assert.deepEqual(
      b.sender.sent.map((sent) => sent.target.address.user),
      ['ravi'],
    );
    assert.match(a.sender.sent[0]?.reply.text ?? '', /₹250\.00/);
    assert.match(b.sender.sent[0]?.reply.text ?? '', /₹400\.00/);
    assert.deepEqual(errors, []);
  } finally {
    await a.close();
    await b.close();
    await deleteQueueKeys(prefix);
  }
});

test('a job naming another deployment is refused: failed at once, without retries, and logged with both ids', async () => {
  const errors: unknown[] = [];
  const harness = await createRunHarness({ fallback: summaryModel(), workers: { onError: (e) => errors.push(e) } });
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const database = await openDatabase(harness.databaseUrl);
  try {
    const own = await loadDeploymentId(database.db);
    const queue = new Queue(queueNames.runs, { connection, prefix: deploymentPrefix(harness.prefix, own) });
    const job = await queue.add('thread', { deploymentId: 'someone-else', threadId: 1 }, { attempts: 5 });
    for (let i = 0; i < 200 && (await job.getState()) !== 'failed'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const failed = await queue.getJob(job.id ?? '');
    assert.equal(await failed?.getState(), 'failed');
    assert.equal(failed?.attemptsMade, 1);
    assert.match(failed?.failedReason ?? '', new RegExp(`someone-else.*${own}`));
    const logged = errors.find((error) => error instanceof ForeignJobError);
    assert.ok(logged instanceof ForeignJobError);
    assert.equal(logged.jobDeploymentId, 'someone-else');
    assert.equal(logged.ownDeploymentId, own);
    await queue.close();
  } finally {
    connection.disconnect();
    await database.close();
    await harness.close();
  }
});

test('a database restored from a backup, its run ids starting again, still gets its new answers delivered', async () => {
  const prefix = `finbot-test-${randomUUID()}`;
  const dir = mkdtempSync(join(tmpdir(), 'finbot-restore-'));
  const file = join(dir, 'finbot.db');
  const backup = join(dir, 'backup.db');
  try {
    const database = await openDatabase(`sqlite:${file}`);
    await migrateToLatest(database.db);
    await database.close();
    copyFileSync(file, backup);

    const before = await createRunHarness({ prefix, databaseFile: file, fallback: summaryModel() });
    await before.ask('asha', '250 groceries');
    const first = await before.ask('asha', 'should I cut down on anything this week?');
    await before.sender.waitForCount(1, 10_000);
    await before.close();

    // The backup has the same deployment id; Redis still holds the completed delivery of run 1.
    copyFileSync(backup, file);
    const after = await createRunHarness({ prefix, databaseFile: file, fallback: summaryModel() });
    try {
      await after.ask('asha', '90 lunch');
      const again = await after.ask('asha', 'should I cut down on anything this week?');
      assert.ok(first.runId);
      assert.equal(again.runId, first.runId);
      await after.sender.waitForCount(1, 10_000);
      assert.match(after.sender.sent[0]?.reply.text ?? '', /₹90\.00/);
      assert.notEqual((await after.store.findRun(again.runId ?? 0))?.deliveredAt, null);
    } finally {
      await after.close();
    }
  } finally {
    await deleteQueueKeys(prefix);
    rmSync(dir, { recursive: true, force: true });
  }
});
