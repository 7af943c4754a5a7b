/** Wires the queues: producers for every process, and (when asked) the run, delivery and sweep workers. */
import type { Worker } from 'bullmq';
import type { LedgerStore } from '../core/ports/ledger-store.ts';
import type { RunExecutor } from '../core/ports/run-executor.ts';
import type { RunEvent } from '../core/runs/process-thread-runs.ts';
import type { Clock } from '../core/time/clock.ts';
import type { SenderRegistry } from './deliveries/deliver-run.ts';
import { createDeliveryQueue, type DeliveryQueue } from './deliveries/delivery-queue.ts';
import { createDeliveryWorker } from './deliveries/delivery-worker.ts';
import { createRedisConnection } from './redis-connection.ts';
import { createRunQueue, type RunQueue } from './runs/run-queue.ts';
import { createRunWorker } from './runs/run-worker.ts';
import { sweepRuns } from './sweeps/sweep-runs.ts';
import { type SweepScheduler, startSweepScheduler } from './sweeps/sweep-scheduler.ts';

export interface JobsOptions {
  readonly redisUrl: string;
  /** BullMQ key prefix; tests use their own so runs never meet. */
  readonly prefix: string;
  readonly store: LedgerStore;
  readonly clock: Clock;
  /** Start workers in this process (false: only produce jobs, e.g. an adapter-only process). */
  readonly workers?: {
    readonly executor: RunExecutor;
    readonly senders: SenderRegistry;
    readonly runConcurrency: number;
    readonly deliveryConcurrency: number;
    readonly maxAttempts: number;
    readonly leaseMs: number;
    readonly backoffMs: (attempt: number) => number;
    readonly sweepEveryMs: number;
    readonly staleMs: number;
    readonly lockDurationMs?: number;
    /** How often BullMQ looks for jobs of dead workers. */
    readonly stalledIntervalMs?: number;
    /** Which workers this process runs; all by default. */
    readonly roles?: ReadonlyArray<'runs' | 'deliveries' | 'sweep'>;
    readonly onRunEvent?: (event: RunEvent) => void;
    readonly onError?: (error: unknown) => void;
  };
}

export interface Jobs {
  readonly runs: RunQueue;
  readonly deliveries: DeliveryQueue;
  /** Lets in-flight jobs finish, then closes queues and connections. */
  close(): Promise<void>;
}

export async function startJobs(options: JobsOptions): Promise<Jobs> {
  const producer = createRedisConnection(options.redisUrl, 'producer');
  const runs = createRunQueue(producer, options.prefix);
  const deliveries = createDeliveryQueue(producer, options.prefix);
  const workers: Worker[] = [];
  let sweeper: SweepScheduler | undefined;
  const workerConnection = options.workers ? createRedisConnection(options.redisUrl, 'worker') : undefined;

  if (options.workers && workerConnection) {
    const w = options.workers;
    const roles = new Set(w.roles ?? ['runs', 'deliveries', 'sweep']);
    if (roles.has('runs')) {
      const runWorker = createRunWorker({
        connection: workerConnection,
        prefix: options.prefix,
        concurrency: w.runConcurrency,
        lockDurationMs: w.lockDurationMs,
        stalledIntervalMs: w.stalledIntervalMs,
        processor: {
          store: options.store,
          clock: options.clock,
          executor: w.executor,
          deliver: (run) => deliveries.enqueue(run.id),
          maxAttempts: w.maxAttempts,
          leaseMs: w.leaseMs,
          backoffMs: w.backoffMs,
          onEvent: w.onRunEvent,
        },
      });
      workers.push(runWorker);
    }
    if (roles.has('deliveries')) {
      const deliveryWorker = createDeliveryWorker({
        connection: workerConnection,
        prefix: options.prefix,
        concurrency: w.deliveryConcurrency,
        store: options.store,
        senders: w.senders,
        clock: options.clock,
      });
      workers.push(deliveryWorker);
    }
    for (const worker of workers) worker.on('error', (error) => w.onError?.(error));
    if (roles.has('sweep'))
      sweeper = await startSweepScheduler({
        connection: workerConnection,
        prefix: options.prefix,
        everyMs: w.sweepEveryMs,
        sweep: () =>
          sweepRuns(
            options.store,
            options.clock,
            { scheduleThread: (id) => runs.schedule(id), enqueueDelivery: (id) => deliveries.enqueue(id) },
            w.staleMs,
          ),
      });
  }

  return {
    runs,
    deliveries,
    async close() {
      await sweeper?.close();
      await Promise.all(workers.map((worker) => worker.close()));
      await runs.close();
      await deliveries.close();
      producer.disconnect();
      workerConnection?.disconnect();
    },
  };
}
