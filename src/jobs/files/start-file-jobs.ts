/** Wires file deliveries: the producer every process needs, and (when asked) the worker and its sweep. */
import type { Worker } from 'bullmq';
import type { DeliverFileDeps } from '../../core/reports/deliver-file.ts';
import { createRedisConnection } from '../../infra/redis-connection.ts';
import { deploymentPrefix } from '../deployment-scope.ts';
import { keepSchedulerRegistered } from '../keep-scheduler-registered.ts';
import { type JobFailure, watchFailedJobs } from '../watch-failed-jobs.ts';
import { createFileQueue, type FileQueue } from './file-queue.ts';
import { createFileWorker } from './file-worker.ts';
import { sweepFiles } from './sweep-files.ts';

export const fileSweepSchedulerId = 'files-sweep';

export interface FileJobsOptions {
  readonly redisUrl: string;
  readonly prefix: string;
  readonly deliver: DeliverFileDeps;
  readonly worker?: {
    readonly concurrency: number;
    /** How often the sweep runs, and how long after queueing an undelivered file counts as left behind. */
    readonly sweepEveryMs: number;
    readonly staleMs: number;
    /** Take jobs only once `run()` is called: a server registers its platforms' senders first. */
    readonly deferStart?: boolean;
    readonly lockDurationMs?: number;
    readonly stalledIntervalMs?: number;
    readonly onError?: (error: unknown) => void;
    readonly onJobFailed?: (failure: JobFailure) => void;
  };
}

export interface FileJobs {
  /** Hands a committed request to the worker. */
  readonly queue: FileQueue;
  run(): void;
  schedulerRegistered(): Promise<boolean>;
  /** The sweep stops, the files in hand are sent, then the queue and connections close. */
  close(): Promise<void>;
}

export async function startFileJobs(options: FileJobsOptions): Promise<FileJobs> {
  const deploymentId = await options.deliver.store.deploymentId();
  const prefix = deploymentPrefix(options.prefix, deploymentId);
  const producer = createRedisConnection(options.redisUrl, 'producer');
  const queue = createFileQueue(producer, prefix, deploymentId);
  const w = options.worker;
  let worker: Worker | undefined;
  let stopRegistering: (() => void) | undefined;
  const workerConnection = w ? createRedisConnection(options.redisUrl, 'worker') : undefined;
  if (w && workerConnection) {
    worker = createFileWorker({
      connection: workerConnection,
      prefix,
      concurrency: w.concurrency,
      deploymentId,
      onForeignJob: (error) => w.onError?.(error),
      deliver: options.deliver,
      autorun: !w.deferStart,
      lockDurationMs: w.lockDurationMs,
      stalledIntervalMs: w.stalledIntervalMs,
      sweep: () => sweepFiles(options.deliver.store, queue, w.staleMs),
    });
    worker.on('error', (error) => w.onError?.(error));
    if (w.onJobFailed) watchFailedJobs(worker, w.onJobFailed);
    stopRegistering = await keepSchedulerRegistered(
      producer,
      () =>
        queue.queue.upsertJobScheduler(
          fileSweepSchedulerId,
          { every: w.sweepEveryMs },
          {
            name: 'sweep',
            data: { deploymentId, fileDeliveryId: 0 },
            opts: { removeOnComplete: true, removeOnFail: 100 },
          },
        ),
      (error) => w.onError?.(error),
    );
  }
  return {
    queue,
    run() {
      if (worker && !worker.isRunning()) worker.run().catch((error: unknown) => w?.onError?.(error));
    },
    schedulerRegistered: async () =>
      worker ? (await queue.queue.getJobScheduler(fileSweepSchedulerId)) !== undefined : true,
    async close() {
      stopRegistering?.();
      await worker?.close();
      await queue.close();
      producer.disconnect();
      workerConnection?.disconnect();
    },
  };
}
