/**
 * A repeating tick: a BullMQ job scheduler (one per Redis, however many processes upsert it, put back when Redis
 * comes back empty) and the worker that runs it, one tick at a time. The digest, recurring and runs-sweep ticks
 * are each one of these.
 */
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DeploymentJobData } from './deployment-scope.ts';
import { keepSchedulerRegistered } from './keep-scheduler-registered.ts';
import { type ForeignJobError, refuseForeignJob } from './refuse-foreign-job.ts';
import { type JobFailure, watchFailedJobs } from './watch-failed-jobs.ts';

export interface TickSchedulerOptions<Report> {
  readonly connection: Redis;
  /** The deployment's own prefix (see deploymentPrefix). */
  readonly prefix: string;
  /** Every tick carries it; a worker refuses a tick of another deployment. */
  readonly deploymentId: string;
  readonly queueName: string;
  /** The scheduler's fixed id: upserting it again changes nothing. */
  readonly schedulerId: string;
  /** Every so many milliseconds, or a cron pattern in UTC (due times are checked per user, in their zone). */
  readonly repeat: { readonly everyMs: number } | { readonly pattern: string };
  readonly tick: () => Promise<Report>;
  readonly onTick?: (report: Report) => void;
  readonly onForeignJob?: (error: ForeignJobError) => void;
  readonly onError?: (error: unknown) => void;
  readonly onFailed?: (failure: JobFailure) => void;
}

export interface TickScheduler {
  /** True while Redis holds the scheduler (false after Redis lost it and before it is registered again). */
  isRegistered(): Promise<boolean>;
  close(): Promise<void>;
}

export async function startTickScheduler<Report>(options: TickSchedulerOptions<Report>): Promise<TickScheduler> {
  const { connection, prefix, deploymentId, schedulerId } = options;
  const queue = new Queue<DeploymentJobData>(options.queueName, { connection, prefix });
  const repeat =
    'everyMs' in options.repeat ? { every: options.repeat.everyMs } : { pattern: options.repeat.pattern, tz: 'UTC' };
  const stopRegistering = await keepSchedulerRegistered(
    connection,
    () =>
      queue.upsertJobScheduler(schedulerId, repeat, {
        name: 'tick',
        data: { deploymentId },
        opts: { removeOnComplete: 100, removeOnFail: 100 },
      }),
    (error) => options.onError?.(error),
  );
  const worker = new Worker<DeploymentJobData>(
    options.queueName,
    async (job) => {
      refuseForeignJob(job, deploymentId, options.onForeignJob);
      const report = await options.tick();
      options.onTick?.(report);
      return report;
    },
    { connection, prefix, concurrency: 1 },
  );
  worker.on('error', (error) => options.onError?.(error));
  if (options.onFailed) watchFailedJobs(worker, options.onFailed);
  return {
    isRegistered: async () => (await queue.getJobScheduler(schedulerId)) !== undefined,
    async close() {
      stopRegistering();
      await worker.close();
      await queue.close();
    },
  };
}
