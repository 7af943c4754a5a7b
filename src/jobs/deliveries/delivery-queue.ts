/** Producer side of deliveries: a finished run's reply, sent once to where the question came from. */
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { queueNames } from '../queue-names.ts';

export interface DeliveryJobData {
  readonly runId: number;
}

export interface DeliveryQueue {
  enqueue(runId: number): Promise<void>;
  readonly queue: Queue<DeliveryJobData>;
  close(): Promise<void>;
}

export function createDeliveryQueue(connection: Redis, prefix: string): DeliveryQueue {
  const queue = new Queue<DeliveryJobData>(queueNames.deliveries, { connection, prefix });
  return {
    queue,
    async enqueue(runId) {
      await queue.add(
        'run',
        { runId },
        {
          jobId: `run-${runId}`,
          attempts: 8,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: { age: 3600 },
          removeOnFail: 1000,
        },
      );
    },
    close: () => queue.close(),
  };
}
