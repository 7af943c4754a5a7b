/** Wires the queues: producers for every process, and (when asked) the run, delivery and sweep workers. */
import type { Worker } from 'bullmq';
import type { LedgerStore } from '../core/ports/ledger-store.ts';
import type { RunExecutor } from '../core/ports/run-executor.ts';
import type { RunEvent } from '../core/runs/process-thread-runs.ts';
import type { RunRef } from '../core/runs/run.ts';
import { type Clock, systemClock } from '../core/time/clock.ts';
import { createRedisConnection } from '../infra/redis-connection.ts';
import type { SenderRegistry } from './deliveries/deliver-run.ts';
import { createDeliveryQueue, type DeliveryQueue } from './deliveries/delivery-queue.ts';
import { createDeliveryWorker } from './deliveries/delivery-worker.ts';
import { deploymentPrefix } from './deployment-scope.ts';
import { queueNames } from './queue-names.ts';
import { createRunQueue, type RunQueue } from './runs/run-queue.ts';
import { createRunWorker } from './runs/run-worker.ts';
import { sweepRuns } from './sweeps/sweep-runs.ts';
import { startTickScheduler, type TickScheduler } from './tick-scheduler.ts';
import { type JobFailure, watchFailedJobs } from './watch-failed-jobs.ts';

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
    /** Failures beside the model's own that a run retries (the database out of reach). */
    readonly isTransientFailure?: (error: unknown) => boolean;
    readonly leaseMs: number;
    readonly backoffMs: (attempt: number) => number;
    readonly sweepEveryMs: number;
    readonly staleMs: number;
    readonly lockDurationMs?: number;
    /** How often BullMQ looks for jobs of dead workers. */
    readonly stalledIntervalMs?: number;
    /** Which workers this process runs; all by default. */
    readonly roles?: ReadonlyArray<'runs' | 'deliveries' | 'sweep'>;
    /** Take jobs only once `run()` is called: a server registers its platforms' senders first. */
    readonly deferStart?: boolean;
    readonly onRunEvent?: (event: RunEvent) => void;
    readonly onError?: (error: unknown) => void;
    /** Every failed job attempt, for the log. */
    readonly onJobFailed?: (failure: JobFailure) => void;
    /** A reply waits for its platform's sender to be registered. */
    readonly onWaitingForSender?: (runId: number, platform: string, retryInMs: number) => void;
  };
}

export interface Jobs {
  readonly runs: RunQueue;
  readonly deliveries: DeliveryQueue;
  /** Starts workers made with `deferStart` (nothing to do otherwise). */
  run(): void;
  /** True when this process keeps no sweep scheduler, or Redis holds it. */
  schedulerRegistered(): Promise<boolean>;
  /**
   * Stops in the order that loses no answer: no new sweeps, the runs in hand finish (and queue their
   * deliveries), the deliveries waiting in the queue are sent, then queues and connections close. The caller
   * bounds it with a deadline; whatever is left stays in Redis for the next start.
   */
  close(): Promise<void>;
}

export async function startJobs(options: JobsOptions): Promise<Jobs> {
  const deploymentId = await options.store.deploymentId();
  // Each database gets its own queues, so deployments sharing a Redis and QUEUE_PREFIX never take each other's jobs.
  const prefix = deploymentPrefix(options.prefix, deploymentId);
  const producer = createRedisConnection(options.redisUrl, 'producer');
  const runs = createRunQueue(producer, prefix, deploymentId);
  const deliveries = createDeliveryQueue(producer, prefix, deploymentId);
  // The sweep's way to queue an undelivered reply: a job that failed for good keeps its id, so the run gets a new
  // token and the job a new id. Refusals of the user's (blocked bot) are never swept (markDeliveryRefused).
  const redeliver = async (run: RunRef) => {
    const again = (await deliveries.failedForGood(run))
      ? await options.store.renewQueueToken(run.id, run.queueToken)
      : run;
    if (again) await deliveries.enqueue(again);
  };
  let runWorker: Worker | undefined;
  let deliveryWorker: Worker | undefined;
  let sweeper: TickScheduler | undefined;
  const workerConnection = options.workers ? createRedisConnection(options.redisUrl, 'worker') : undefined;

  if (options.workers && workerConnection) {
    const w = options.workers;
    const roles = new Set(w.roles ?? ['runs', 'deliveries', 'sweep']);
    const autorun = !w.deferStart;
    if (roles.has('runs')) {
      runWorker = createRunWorker({
        connection: workerConnection,
        prefix,
        concurrency: w.runConcurrency,
        deploymentId,
        onForeignJob: (error) => w.onError?.(error),
        lockDurationMs: w.lockDurationMs,
        stalledIntervalMs: w.stalledIntervalMs,
        autorun,
        processor: {
          store: options.store,
          clock: options.clock,
          executor: w.executor,
          deliver: (run) => deliveries.enqueue(run),
          maxAttempts: w.maxAttempts,
          ...(w.isTransientFailure ? { isTransientFailure: w.isTransientFailure } : {}),
          leaseMs: w.leaseMs,
          backoffMs: w.backoffMs,
          onEvent: w.onRunEvent,
        },
      });
    }
    if (roles.has('deliveries')) {
      deliveryWorker = createDeliveryWorker({
        connection: workerConnection,
        prefix,
        concurrency: w.deliveryConcurrency,
        deploymentId,
        onForeignJob: (error) => w.onError?.(error),
        store: options.store,
        senders: w.senders,
        clock: options.clock,
        autorun,
        lockDurationMs: w.lockDurationMs,
        stalledIntervalMs: w.stalledIntervalMs,
        ...(w.onWaitingForSender ? { onWaitingForSender: w.onWaitingForSender } : {}),
      });
    }
    for (const worker of [runWorker, deliveryWorker]) {
      worker?.on('error', (error) => w.onError?.(error));
      if (worker && w.onJobFailed) watchFailedJobs(worker, w.onJobFailed);
    }
    if (roles.has('sweep'))
      sweeper = await startTickScheduler({
        connection: workerConnection,
        prefix,
        deploymentId,
        queueName: queueNames.sweeps,
        schedulerId: 'runs-sweep',
        onForeignJob: (error) => w.onError?.(error),
        repeat: { everyMs: w.sweepEveryMs },
        onError: (error) => w.onError?.(error),
        ...(w.onJobFailed ? { onFailed: w.onJobFailed } : {}),
        tick: () =>
          sweepRuns(
            options.store,
            systemClock,
            { scheduleThread: (id) => runs.recover(id), enqueueDelivery: (run) => redeliver(run) },
            w.staleMs,
          ),
      });
  }

  return {
    runs,
    deliveries,
    run() {
      for (const worker of [runWorker, deliveryWorker]) {
        if (worker && !worker.isRunning()) worker.run().catch((error: unknown) => options.workers?.onError?.(error));
      }
    },
    schedulerRegistered: async () => (sweeper ? sweeper.isRegistered() : true),
    async close() {
      await sweeper?.close();
      await runWorker?.close();
      if (deliveryWorker?.isRunning()) await drainDeliveries(deliveries);
      await deliveryWorker?.close();
      await runs.close();
      await deliveries.close();
      producer.disconnect();
      workerConnection?.disconnect();
    },
  };
}

/** Waits until no delivery is waiting or being sent (retries set for later are left to the next start). */
async function drainDeliveries(deliveries: DeliveryQueue, pollMs = 50): Promise<void> {
  for (;;) {
    const counts = await deliveries.queue.getJobCounts('wait', 'active', 'prioritized').catch(() => undefined);
    // Redis unreachable: nothing more can be sent now.
    if (!counts) return;
    if (Object.values(counts).every((count) => count === 0)) return;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
