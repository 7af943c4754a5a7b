/** Producer side of the runs queue: one job per thread with pending runs, never two at once. */
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { queueNames } from '../queue-names.ts';

export interface ThreadJobData {
  readonly threadId: number;
}

export interface RunQueue {
  /** Makes sure a job will process the thread's pending runs. */
  schedule(threadId: number): Promise<void>;
  readonly queue: Queue<ThreadJobData>;
  close(): Promise<void>;
}

export function createRunQueue(connection: Redis, prefix: string): RunQueue {
  const queue = new Queue<ThreadJobData>(queueNames.runs, { connection, prefix });
  return {
    queue,
    async schedule(threadId) {
      await queue.add(
        'thread',
        { threadId },
        {
          // One job per thread: while one is active, at most one more waits (it will see the newer runs).
          // This is what keeps a thread's runs in order without BullMQ Pro groups.
          deduplication: { id: `thread-${threadId}`, keepLastIfActive: true },
          attempts: 5,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: true,
          removeOnFail: 1000,
        },
      );
    },
    close: () => queue.close(),
  };
}
