/**
 * Queues digest send jobs, one queue per platform, under one deployment: ids unique for the life of a Redis,
 * and at most one live job per user and week (the database's claim row is what sends it once).
 */
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Platform } from '../../core/domain/user.ts';
import {
  type DigestJobData,
  type DigestSendJobData,
  digestDeduplicationId,
  digestJobId,
  digestSendQueueName,
} from './digest-job.ts';

export interface DigestRetryPolicy {
  /** Attempts per send job (a rate-limit answer costs none). */
  readonly attempts: number;
  /** First retry delay; doubles each attempt. */
  readonly backoffMs: number;
}

export const defaultDigestRetryPolicy: DigestRetryPolicy = { attempts: 5, backoffMs: 30_000 };

export interface DigestProducer {
  /** Queues each job in its user's platform queue; a digest with a job waiting or running is left alone. */
  enqueue(jobs: ReadonlyArray<DigestJobData & { readonly platform: Platform }>): Promise<void>;
  /** The BullMQ state of a digest's live job ("waiting", "active", "delayed", …), or undefined when none is. */
  state(platform: Platform, userId: number, week: string): Promise<string | undefined>;
  close(): Promise<void>;
}

export function createDigestProducer(
  connection: Redis,
  prefix: string,
  deploymentId: string,
  retry: DigestRetryPolicy = defaultDigestRetryPolicy,
): DigestProducer {
  const queues = new Map<Platform, Queue<DigestSendJobData>>();
  const queueFor = (platform: Platform) => {
    let queue = queues.get(platform);
    if (!queue) {
      queue = new Queue<DigestSendJobData>(digestSendQueueName(platform), { connection, prefix });
      queues.set(platform, queue);
    }
    return queue;
  };
  return {
    async enqueue(jobs) {
      const byPlatform = new Map<Platform, Array<DigestJobData & { platform: Platform }>>();
      for (const job of jobs) byPlatform.set(job.platform, [...(byPlatform.get(job.platform) ?? []), job]);
      for (const [platform, list] of byPlatform) {
        await queueFor(platform).addBulk(
          list.map(({ userId, week, manual }) => ({
            name: 'send',
            data: manual ? { deploymentId, userId, week, manual } : { deploymentId, userId, week },
            opts: {
              jobId: digestJobId(deploymentId, userId, week),
              deduplication: { id: digestDeduplicationId(deploymentId, userId, week) },
              attempts: retry.attempts,
              backoff: { type: 'exponential', delay: retry.backoffMs },
              removeOnComplete: { age: 24 * 3600, count: 10_000 },
              removeOnFail: { age: 7 * 24 * 3600 },
            },
          })),
        );
      }
    },
    async state(platform, userId, week) {
      const queue = queueFor(platform);
      const jobId = await queue.getDeduplicationJobId(digestDeduplicationId(deploymentId, userId, week));
      const job = jobId ? await queue.getJob(jobId) : undefined;
      return job ? await job.getState() : undefined;
    },
    async close() {
      await Promise.all([...queues.values()].map((queue) => queue.close()));
    },
  };
}
