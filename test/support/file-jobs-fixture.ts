/**
 * The file worker as finbot runs it — BullMQ on the test Redis, the real report renderer — for an adapter test
 * whose core is built first: the core gets `scheduler` at once, the worker is attached once the store exists.
 */
import { randomBytes } from 'node:crypto';
import type { FileScheduler } from '../../src/core/ports/file-scheduler.ts';
import type { LedgerStore } from '../../src/core/ports/ledger-store.ts';
import type { FileSenders } from '../../src/core/reports/deliver-file.ts';
import type { Clock } from '../../src/core/time/clock.ts';
import { deploymentPrefix } from '../../src/jobs/deployment-scope.ts';
import { type FileJobs, startFileJobs } from '../../src/jobs/files/start-file-jobs.ts';
import { createReportRenderer } from '../../src/reports/create-report-renderer.ts';
import { deleteQueueKeys, redisUrl } from './delete-queue-keys.ts';

export interface FileJobsFixture {
  /** Give this to the core; it queues on the worker's queue once `start` ran. */
  readonly scheduler: FileScheduler;
  start(store: LedgerStore, clock: Clock, senders: FileSenders): Promise<FileJobs>;
  close(): Promise<void>;
}

export function fileJobsFixture(): FileJobsFixture {
  const prefix = `finbot-files-test-${randomBytes(4).toString('hex')}`;
  let jobs: FileJobs | undefined;
  let deploymentId = '';
  return {
    scheduler: {
      schedule: async (delivery) => {
        if (!jobs) throw new Error('the file worker has not started');
        await jobs.queue.schedule(delivery);
      },
    },
    async start(store, clock, senders) {
      deploymentId = await store.deploymentId();
      jobs = await startFileJobs({
        redisUrl,
        prefix,
        deliver: { store, renderer: createReportRenderer(clock), senders, clock },
        worker: { concurrency: 1, sweepEveryMs: 60_000, staleMs: 60_000 },
      });
      return jobs;
    },
    async close() {
      await jobs?.close();
      if (deploymentId) await deleteQueueKeys(deploymentPrefix(prefix, deploymentId));
    },
  };
}
