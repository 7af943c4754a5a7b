/** Queues digest send jobs, one queue per platform, with deterministic ids so a digest is queued once. */
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Platform } from '../../core/domain/user.ts';
import { type DigestJobData, digestJobId, digestSendQueueName } from './digest-job.ts';

export interface DigestRetryPolicy {
  /** Attempts per send job (a rate-limit answer costs none). */
  readonly attempts: number;
  /** First retry delay; doubles each attempt. */
  readonly backoffMs: number;
}

export const defaultDigestRetryPolicy: DigestRetryPolicy = { attempts: 5, backoffMs: 30_000 };

export interface DigestProducer {
  /** Queues each job in its user's platform queue; a job id already in the queue is left alone. */
  enqueue(jobs: ReadonlyArray<DigestJobData & { readonly platform: Platform }>): Promise<void>;
  /** The BullMQ state of a digest's job ("waiting", "active", "completed", "failed", …), or undefined. */
  state(platform: Platform, userId: number, week: string): Promise<string | undefined>;
  /** Removes a finished (completed or failed) job so an operator's resend can reuse its id. */
  forget(platform: Platform, userId: number, week: string): Promise<void>;
  close(): Promise<void>;
}

export function createDigestProducer(
  connection: Redis,
  prefix: string,
  retry: DigestRetryPolicy = defaultDigestRetryPolicy,
): DigestProducer {
  const queues = new Map<Platform, Queue<DigestJobData>>();
  const queueFor = (platform: Platform) => {
    let queue = queues.get(platform);
    if (!queue) {
      queue = new Queue<DigestJobData>(digestSendQueueName(platform), { connection, prefix });
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
            data: manual ? { userId, week, manual } : { userId, week },
            opts: {
              jobId: digestJobId(userId, week),
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
      const job = await queueFor(platform).getJob(digestJobId(userId, week));
      return job ? await job.getState() : undefined;
    },
    async forget(platform, userId, week) {
      const job = await queueFor(platform).getJob(digestJobId(userId, week));
      if (job && ((await job.isCompleted()) || (await job.isFailed()))) await job.remove();
    },
    async close() {
      await Promise.all([...queues.values()].map((queue) => queue.close()));
    },
  };
}
