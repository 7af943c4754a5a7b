/** Producer side of deliveries: a finished run's reply, sent once to where the question came from. */
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { RunRef } from '../../core/runs/run.ts';
import type { DeploymentJobData } from '../deployment-scope.ts';
import { queueNames } from '../queue-names.ts';

export interface DeliveryJobData extends DeploymentJobData {
  readonly runId: number;
}

export interface DeliveryQueue {
  enqueue(run: RunRef): Promise<void>;
  /** The run's delivery job under its current id ended failed, with no attempt left (false when there is none). */
  failedForGood(run: RunRef): Promise<boolean>;
  readonly queue: Queue<DeliveryJobData>;
  close(): Promise<void>;
}

/**
 * A delivery's job id names the deployment and the run's random token: run ids start again after a database is
 * restored or recreated, and BullMQ silently ignores a job whose id it still holds.
 */
export function deliveryJobId(deploymentId: string, run: RunRef): string {
  return `${deploymentId}.run-${run.id}.${run.queueToken}`;
}

export function createDeliveryQueue(connection: Redis, prefix: string, deploymentId: string): DeliveryQueue {
  const queue = new Queue<DeliveryJobData>(queueNames.deliveries, { connection, prefix });
  return {
    queue,
    async enqueue(run) {
      await queue.add(
        'run',
        { deploymentId, runId: run.id },
        {
          jobId: deliveryJobId(deploymentId, run),
          attempts: 8,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: { age: 3600 },
          removeOnFail: 1000,
        },
      );
    },
    async failedForGood(run) {
      const job = await queue.getJob(deliveryJobId(deploymentId, run));
      return job ? await job.isFailed() : false;
    },
    close: () => queue.close(),
  };
}
