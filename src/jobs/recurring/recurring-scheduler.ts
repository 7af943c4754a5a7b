/**
 * The recurring-expense tick: a BullMQ job scheduler (one per Redis, however many processes upsert it, put back
 * when Redis comes back empty) and its worker, which records due occurrences and sends their messages.
 */
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { RecurringTickReport } from '../../core/recurring/recurring-tick.ts';
import type { DeploymentJobData } from '../deployment-scope.ts';
import { keepSchedulerRegistered } from '../keep-scheduler-registered.ts';
import { queueNames } from '../queue-names.ts';
import { type ForeignJobError, refuseForeignJob } from '../refuse-foreign-job.ts';
import { type JobFailure, watchFailedJobs } from '../watch-failed-jobs.ts';

export const recurringSchedulerId = 'recurring-tick';

export interface RecurringSchedulerOptions {
  readonly connection: Redis;
  /** The deployment's own prefix (see deploymentPrefix). */
  readonly prefix: string;
  readonly deploymentId: string;
  readonly onForeignJob?: (error: ForeignJobError) => void;
  /** How often the tick runs; the first runs at once, so a restart catches up without waiting. */
  readonly everyMs: number;
  readonly tick: () => Promise<RecurringTickReport>;
  readonly onTick?: (report: RecurringTickReport) => void;
  readonly onError?: (error: unknown) => void;
  readonly onFailed?: (failure: JobFailure) => void;
}

export interface RecurringScheduler {
  /** True while Redis holds the scheduler. */
  isRegistered(): Promise<boolean>;
  close(): Promise<void>;
}

export async function startRecurringScheduler(options: RecurringSchedulerOptions): Promise<RecurringScheduler> {
  const queue = new Queue<DeploymentJobData>(queueNames.recurring, {
    connection: options.connection,
    prefix: options.prefix,
  });
  const stopRegistering = await keepSchedulerRegistered(
    options.connection,
    () =>
      queue.upsertJobScheduler(
        recurringSchedulerId,
        { every: options.everyMs },
        {
          name: 'tick',
          data: { deploymentId: options.deploymentId },
          opts: { removeOnComplete: 100, removeOnFail: 100 },
        },
      ),
    (error) => options.onError?.(error),
  );
  const worker = new Worker<DeploymentJobData>(
    queueNames.recurring,
    async (job) => {
      refuseForeignJob(job, options.deploymentId, options.onForeignJob);
      const report = await options.tick();
      options.onTick?.(report);
      return report;
    },
    { connection: options.connection, prefix: options.prefix, concurrency: 1 },
  );
  worker.on('error', (error) => options.onError?.(error));
  if (options.onFailed) watchFailedJobs(worker, options.onFailed);
  return {
    isRegistered: async () => (await queue.getJobScheduler(recurringSchedulerId)) !== undefined,
    async close() {
      stopRegistering();
      await worker.close();
      await queue.close();
    },
  };
}
