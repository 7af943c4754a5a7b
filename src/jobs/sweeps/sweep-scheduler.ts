/** A BullMQ job scheduler that runs the sweep every few seconds; any number of processes may register it. */
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DeploymentJobData } from '../deployment-scope.ts';
import { keepSchedulerRegistered } from '../keep-scheduler-registered.ts';
import { queueNames } from '../queue-names.ts';
import { type ForeignJobError, refuseForeignJob } from '../refuse-foreign-job.ts';
import { type JobFailure, watchFailedJobs } from '../watch-failed-jobs.ts';

export const sweepSchedulerId = 'runs-sweep';

export interface SweepScheduler {
  /** True while Redis holds the scheduler (false after Redis lost it and before it is registered again). */
  isRegistered(): Promise<boolean>;
  close(): Promise<void>;
}

export async function startSweepScheduler(options: {
  connection: Redis;
  /** The deployment's own prefix (see deploymentPrefix). */
  prefix: string;
  /** Every sweep job carries it; a worker refuses a sweep of another deployment. */
  deploymentId: string;
  onForeignJob?: (error: ForeignJobError) => void;
  everyMs: number;
  sweep: () => Promise<unknown>;
  onError?: (error: unknown) => void;
  onFailed?: (failure: JobFailure) => void;
}): Promise<SweepScheduler> {
  const queue = new Queue<DeploymentJobData>(queueNames.sweeps, {
    connection: options.connection,
    prefix: options.prefix,
  });
  const stopRegistering = await keepSchedulerRegistered(
    options.connection,
    () =>
      queue.upsertJobScheduler(
        sweepSchedulerId,
        { every: options.everyMs },
        {
          name: 'sweep',
          data: { deploymentId: options.deploymentId },
          opts: { removeOnComplete: true, removeOnFail: 100 },
        },
      ),
    (error) => options.onError?.(error),
  );
  const worker = new Worker<DeploymentJobData>(
    queueNames.sweeps,
    (job) => {
      refuseForeignJob(job, options.deploymentId, options.onForeignJob);
      return options.sweep();
    },
    {
      connection: options.connection,
      prefix: options.prefix,
      concurrency: 1,
    },
  );
  worker.on('error', (error) => options.onError?.(error));
  if (options.onFailed) watchFailedJobs(worker, options.onFailed);
  return {
    isRegistered: async () => (await queue.getJobScheduler(sweepSchedulerId)) !== undefined,
    async close() {
      stopRegistering();
      await worker.close();
      await queue.close();
    },
  };
}
