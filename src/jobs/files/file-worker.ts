/**
 * Worker side of file deliveries. A platform that refuses for good fails the job at once and marks the delivery,
 * so no sweep sends it again; a missing sender or a rate limit waits without costing an attempt; anything else is
 * retried with backoff, and after the last attempt the file sweep queues it again.
 */
import { DelayedError, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { DeliveryError, isDeliveryError } from '../../core/ports/delivery-error.ts';
import { type DeliverFileDeps, deliverFile, NoFileSenderError } from '../../core/reports/deliver-file.ts';
import { queueNames } from '../queue-names.ts';
import { type ForeignJobError, refuseForeignJob } from '../refuse-foreign-job.ts';
import type { FileJobData } from './file-queue.ts';

export interface FileWorkerOptions {
  readonly connection: Redis;
  readonly prefix: string;
  readonly concurrency: number;
  readonly deploymentId: string;
  readonly onForeignJob?: (error: ForeignJobError) => void;
  readonly deliver: DeliverFileDeps;
  readonly autorun?: boolean;
  readonly lockDurationMs?: number;
  readonly stalledIntervalMs?: number;
  readonly onDelivered?: (outcome: 'sent' | 'skipped') => void;
  /** Run for the scheduler's `sweep` jobs on the same queue. */
  readonly sweep?: () => Promise<unknown>;
}

export function createFileWorker(options: FileWorkerOptions): Worker<FileJobData> {
  return new Worker<FileJobData>(
    queueNames.files,
    async (job, token) => {
      refuseForeignJob(job, options.deploymentId, options.onForeignJob);
      if (job.name === 'sweep') return options.sweep?.();
      try {
        const outcome = await deliverFile(options.deliver, job.data.fileDeliveryId);
        options.onDelivered?.(outcome);
        return outcome;
      } catch (error) {
        if (error instanceof NoFileSenderError) {
          const retryInMs = Math.min(30_000, 500 * 2 ** Math.min(6, job.attemptsStarted));
          await job.moveToDelayed(Date.now() + retryInMs, token);
          throw new DelayedError();
        }
        if (isDeliveryError(error, 'throttled')) {
          await job.moveToDelayed(Date.now() + (error.retryAfterMs ?? 1000), token);
          throw new DelayedError();
        }
        if (error instanceof DeliveryError && error.permanent) {
          await options.deliver.store.markFileRefused(job.data.fileDeliveryId, error.message);
          throw new UnrecoverableError(error.message);
        }
        throw error;
      }
    },
    {
      connection: options.connection,
      prefix: options.prefix,
      concurrency: options.concurrency,
      autorun: options.autorun ?? true,
      // A killed worker's file is taken up within seconds; building a month report takes well under the lock.
      lockDuration: options.lockDurationMs ?? 30_000,
      stalledInterval: options.stalledIntervalMs ?? 10_000,
    },
  );
}
