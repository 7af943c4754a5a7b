import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { Queue, UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { logJobFailure } from '../../src/app/log-job-failure.ts';
import { type JobFailure, watchFailedJobs } from '../../src/jobs/watch-failed-jobs.ts';
import { deleteQueueKeys, redisUrl } from '../support/delete-queue-keys.ts';
import { waitUntil } from '../support/finbot-process.ts';

test('every failed job attempt is logged with its queue, name, id and reason: a retry as a warning, the last as an error', async () => {
  const prefix = `finbot-test-${randomUUID()}`;
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue('failing', { connection, prefix });
  const worker = new Worker(
    'failing',
    async (job) => {
      if (job.name === 'unrecoverable') throw new UnrecoverableError('the platform refused for good');
      throw new Error(`model timed out (attempt ${job.attemptsMade + 1})`);
    },
    { connection, prefix },
  );
  const failures: JobFailure[] = [];
  const lines: Array<{ level: number; msg: string; jobName: string; jobId: string; reason: string }> = [];
  const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  watchFailedJobs(worker, (failure) => failures.push(failure));
  watchFailedJobs(worker, logJobFailure(log));
  try {
    await queue.add('retrying', {}, { jobId: 'job-1', attempts: 2, backoff: { type: 'fixed', delay: 10 } });
    await queue.add('unrecoverable', {}, { jobId: 'job-2', attempts: 5 });
    await waitUntil(() => failures.length === 3, 10_000);

    const byId = (id: string) => failures.filter((failure) => failure.jobId === id);
    assert.deepEqual(
      byId('job-1').map((failure) => [failure.queue, failure.jobName, failure.reason, failure.final]),
      [
        ['failing', 'retrying', 'model timed out (attempt 1)', false],
        ['failing', 'retrying', 'model timed out (attempt 2)', true],
      ],
    );
    assert.deepEqual(
      byId('job-2').map((failure) => [failure.jobName, failure.reason, failure.final]),
      [['unrecoverable', 'the platform refused for good', true]],
    );
    const warn = 40;
    const error = 50;
    assert.deepEqual(lines.map((line) => [line.level, line.jobName, line.jobId, line.reason]).sort(), [
      [warn, 'retrying', 'job-1', 'model timed out (attempt 1)'],
      [error, 'retrying', 'job-1', 'model timed out (attempt 2)'],
      [error, 'unrecoverable', 'job-2', 'the platform refused for good'],
    ]);
  } finally {
    await worker.close();
    await queue.close();
    connection.disconnect();
    await deleteQueueKeys(prefix);
  }
});
