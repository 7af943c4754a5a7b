/** The repeating tick: a BullMQ job scheduler (one per Redis, however many processes upsert it) and its worker. */
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DigestTickReport } from '../../core/digest/queue-due-digests.ts';
import type { DeploymentJobData } from '../deployment-scope.ts';
import { keepSchedulerRegistered } from '../keep-scheduler-registered.ts';
import { type ForeignJobError, refuseForeignJob } from '../refuse-foreign-job.ts';
import { type JobFailure, watchFailedJobs } from '../watch-failed-jobs.ts';
import { digestTickQueueName } from './digest-job.ts';

export const digestSchedulerId = 'digest-tick';

export interface DigestSchedulerOptions {
  readonly connection: Redis;
  /** The deployment's own prefix (see deploymentPrefix). */
  readonly prefix: string;
  /** Every tick carries it; a worker refuses a tick of another deployment. */
  readonly deploymentId: string;
  readonly onForeignJob?: (error: ForeignJobError) => void;
  /** Cron pattern, e.g. "*\/5 * * * *" (every 5 minutes); due times are checked per user, so UTC is fine. */
  readonly pattern: string;
  readonly tick: () => Promise<DigestTickReport>;
  readonly onTick?: (report: DigestTickReport) => void;
  readonly onError?: (error: unknown) => void;
  readonly onFailed?: (failure: JobFailure) => void;
}

export interface DigestScheduler {
  /** True while Redis holds the scheduler (false after Redis lost it and before it is registered again). */
  isRegistered(): Promise<boolean>;
  close(): Promise<void>;
}

export async function startDigestScheduler(options: DigestSchedulerOptions): Promise<DigestScheduler> {
  const queue = new Queue<DeploymentJobData>(digestTickQueueName, {
    connection: options.connection,
    prefix: options.prefix,
  });
  const stopRegistering = await keepSchedulerRegistered(
    options.connection,
    () =>
      queue.upsertJobScheduler(
        digestSchedulerId,
        { pattern: options.pattern, tz: 'UTC' },
        {
          name: 'tick',
          data: { deploymentId: options.deploymentId },
          opts: { removeOnComplete: 100, removeOnFail: 100 },
        },
      ),
    (error) => options.onError?.(error),
  );
  const worker = new Worker<DeploymentJobData>(
    digestTickQueueName,
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
    isRegistered: async () => (await queue.getJobScheduler(digestSchedulerId)) !== undefined,
    async close() {
      stopRegistering();
      await worker.close();
      await queue.close();
    },
  };
}
