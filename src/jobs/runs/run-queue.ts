/** Producer side of the runs queue: one job per thread with pending runs, never two at once. */
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DeploymentJobData } from '../deployment-scope.ts';
import { queueNames } from '../queue-names.ts';

export interface ThreadJobData extends DeploymentJobData {
  readonly threadId: number;
}

export interface RunQueue {
  /** Makes sure a job will process the thread's pending runs. */
  schedule(threadId: number): Promise<void>;
  /**
   * For the sweep: a job that does not wait behind the thread's current job, which may belong to a dead worker
   * and stay "active" until BullMQ notices; the run claim keeps the two from processing one run twice.
   */
  recover(threadId: number): Promise<void>;
  readonly queue: Queue<ThreadJobData>;
  close(): Promise<void>;
}

export function createRunQueue(connection: Redis, prefix: string, deploymentId: string): RunQueue {
  const queue = new Queue<ThreadJobData>(queueNames.runs, { connection, prefix });
  const add = (threadId: number, kind: 'thread' | 'recover') =>
    queue.add(
      'thread',
      { deploymentId, threadId },
      {
        // Unique for the life of the Redis: thread ids repeat across databases, a random part never does.
        jobId: `${deploymentId}.${kind}-${threadId}.${randomUUID()}`,
        // One job per thread and kind: while one is active, at most one more waits (it will see the newer
        // runs). This is what keeps a thread's runs in order without BullMQ Pro groups.
        deduplication: { id: `${deploymentId}.${kind}-${threadId}`, keepLastIfActive: true },
        attempts: 5,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: true,
        removeOnFail: 1000,
      },
    );
  return {
    queue,
    async schedule(threadId) {
      await add(threadId, 'thread');
    },
    async recover(threadId) {
      await add(threadId, 'recover');
    },
    close: () => queue.close(),
  };
}
