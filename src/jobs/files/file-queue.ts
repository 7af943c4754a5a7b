/** Producer side of file deliveries: a requested export or report, made and sent once by the file worker. */
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { FileScheduler } from '../../core/ports/file-scheduler.ts';
import type { FileDeliveryRef } from '../../core/reports/file-delivery.ts';
import type { DeploymentJobData } from '../deployment-scope.ts';
import { queueNames } from '../queue-names.ts';

export interface FileJobData extends DeploymentJobData {
  readonly fileDeliveryId: number;
}

export interface FileQueue extends FileScheduler {
  /** The delivery's job under its current id ended failed, with no attempt left (false when there is none). */
  failedForGood(delivery: FileDeliveryRef): Promise<boolean>;
  readonly queue: Queue<FileJobData>;
  close(): Promise<void>;
}

/** Deployment, row id and random token: ids restart after a restore, and BullMQ ignores an id it still holds. */
export function fileJobId(deploymentId: string, delivery: FileDeliveryRef): string {
  return `${deploymentId}.file-${delivery.id}.${delivery.queueToken}`;
}

export function createFileQueue(connection: Redis, prefix: string, deploymentId: string): FileQueue {
  const queue = new Queue<FileJobData>(queueNames.files, { connection, prefix });
  return {
    queue,
    async schedule(delivery) {
      await queue.add(
        'file',
        { deploymentId, fileDeliveryId: delivery.id },
        {
          jobId: fileJobId(deploymentId, delivery),
          attempts: 8,
          backoff: { type: 'exponential', delay: 2000 },
          removeOnComplete: { age: 3600 },
          removeOnFail: 1000,
        },
      );
    },
    async failedForGood(delivery) {
      const job = await queue.getJob(fileJobId(deploymentId, delivery));
      return job ? await job.isFailed() : false;
    },
    close: () => queue.close(),
  };
}
