/** The BullMQ worker of one platform's send queue: one attempt of sendDigest per job, paced to the platform's limit. */
import { randomUUID } from 'node:crypto';
import { type Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { type SendDigestDeps, type SendDigestOutcome, sendDigest } from '../../core/digest/send-digest.ts';
import type { Platform } from '../../core/domain/user.ts';
import { isDeliveryError } from '../../core/ports/delivery-error.ts';
import { type ForeignJobError, refuseForeignJob } from '../refuse-foreign-job.ts';
import { type DigestSendJobData, digestSendQueueName } from './digest-job.ts';
import type { SendPacer } from './send-pacer.ts';

export interface DigestSendWorkerOptions {
  readonly connection: Redis;
  /** The deployment's own prefix (see deploymentPrefix). */
  readonly prefix: string;
  /** This database's deployment id: a job naming another is refused. */
  readonly deploymentId: string;
  readonly onForeignJob?: (error: ForeignJobError) => void;
  readonly platform: Platform;
  readonly deps: Omit<SendDigestDeps, 'pace'>;
  readonly pacer: SendPacer;
  /** Pacer key of a recipient: "telegram" (one bot-wide limit), "slack:TEAM" (limits are per workspace). */
  readonly pacerKey: (platformUserId: string) => string;
  /** Jobs in flight; each waits its turn at the pacer, so this only needs to cover build and send latency. */
  readonly concurrency: number;
  /** Upper bound on job starts per second, a guard behind the pacer (and what a throttle answer pauses). */
  readonly maxJobsPerSecond: number;
  readonly lockDurationMs?: number;
  /** How often stalled jobs (their worker died) are looked for; BullMQ's default is 30 s. */
  readonly stalledIntervalMs?: number;
  readonly onOutcome?: (platform: Platform, outcome: SendDigestOutcome) => void;
  readonly onFailure?: (platform: Platform, error: unknown, job: Job<DigestSendJobData>) => void;
}

export function startDigestSendWorker(options: DigestSendWorkerOptions): Worker<DigestSendJobData> {
  const { platform, pacer } = options;
  const worker: Worker<DigestSendJobData> = new Worker<DigestSendJobData>(
    digestSendQueueName(platform),
    async (job) => {
      refuseForeignJob(job, options.deploymentId, options.onForeignJob);
      const attempts = job.opts.attempts ?? 1;
      let pacerKey: string = platform;
      try {
        const pace = (recipient: { platformUserId: string }) => {
          pacerKey = options.pacerKey(recipient.platformUserId);
          return pacer.wait(pacerKey);
        };
        const outcome = await sendDigest(
          { ...options.deps, pace },
          {
            userId: job.data.userId,
            week: job.data.week,
            // Unique per attempt and within the claim column's 100 characters (job ids carry the deployment id).
            token: `${job.data.userId}:${job.data.week}#${job.attemptsMade}#${randomUUID()}`,
            lastAttempt: job.attemptsMade + 1 >= attempts,
            ...(job.data.manual ? { reclaim: ['failed', 'uncertain'] as const } : {}),
          },
        );
        options.onOutcome?.(platform, outcome);
        return outcome;
      } catch (error) {
        if (isDeliveryError(error, 'throttled')) {
          // Every process waits: the pacer's next slot moves past the platform's retry-after, and the queue pauses.
          const retryAfterMs = error.retryAfterMs ?? 1000;
          await pacer.block(pacerKey, retryAfterMs);
          await worker.rateLimit(retryAfterMs);
          throw Worker.RateLimitError();
        }
        options.onFailure?.(platform, error, job);
        throw error;
      }
    },
    {
      connection: options.connection,
      prefix: options.prefix,
      concurrency: options.concurrency,
      limiter: { max: Math.max(1, Math.ceil(options.maxJobsPerSecond)), duration: 1000 },
      ...(options.lockDurationMs ? { lockDuration: options.lockDurationMs } : {}),
      ...(options.stalledIntervalMs ? { stalledInterval: options.stalledIntervalMs } : {}),
    },
  );
  return worker;
}
