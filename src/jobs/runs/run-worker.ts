/** Worker side of the runs queue: each job carries one thread's runs to completion, in order. */
import { DelayedError, type Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { processThreadRuns, type RunProcessorDeps } from '../../core/runs/process-thread-runs.ts';
import { queueNames } from '../queue-names.ts';
import { type ForeignJobError, refuseForeignJob } from '../refuse-foreign-job.ts';
import type { ThreadJobData } from './run-queue.ts';

export interface RunWorkerOptions {
  readonly connection: Redis;
  readonly prefix: string;
  /** Threads processed in parallel by this process. */
  readonly concurrency: number;
  /** This database's deployment id: a job naming another is refused. */
  readonly deploymentId: string;
  readonly onForeignJob?: (error: ForeignJobError) => void;
  readonly processor: RunProcessorDeps;
  readonly lockDurationMs?: number;
  readonly stalledIntervalMs?: number;
  /** Start taking jobs at once (default), or only when `run()` is called. */
  readonly autorun?: boolean;
}

export function createRunWorker(options: RunWorkerOptions): Worker<ThreadJobData> {
  return new Worker<ThreadJobData>(
    queueNames.runs,
    async (job: Job<ThreadJobData>, token?: string) => {
      refuseForeignJob(job, options.deploymentId, options.onForeignJob);
      const outcome = await processThreadRuns(options.processor, job.data.threadId);
      if (outcome.kind === 'wait') {
        // A retry is due later, or another worker's lease is still live: come back then.
        await job.moveToDelayed(Math.max(Date.parse(outcome.until), Date.now() + 50), token);
        throw new DelayedError();
      }
      return { processed: outcome.processed };
    },
    {
      connection: options.connection,
      prefix: options.prefix,
      concurrency: options.concurrency,
      // A dead worker's job is noticed within 15 s; the sweep's recovery job usually takes over sooner.
      lockDuration: options.lockDurationMs ?? 10_000,
      stalledInterval: options.stalledIntervalMs ?? 5_000,
      autorun: options.autorun ?? true,
    },
  );
}
