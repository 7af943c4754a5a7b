/** The digest queues' names, job data and job ids, shared by the tick, the workers and the CLI. */
import { randomUUID } from 'node:crypto';
import type { Platform } from '../../core/domain/user.ts';
import type { DeploymentJobData } from '../deployment-scope.ts';
import { queueNames } from '../queue-names.ts';

/** One user's digest for one ISO week. */
export interface DigestJobData {
  readonly userId: number;
  readonly week: string;
  /** Queued by an operator: may resend a `failed` or `uncertain` delivery. */
  readonly manual?: boolean;
}

/** What a send job holds: the digest and the deployment it belongs to. */
export interface DigestSendJobData extends DigestJobData, DeploymentJobData {}

/** The queue the scheduler's ticks land in. */
export const digestTickQueueName = queueNames.digests;

/** One send queue per platform, so a slow platform's rate limit never holds up another's. */
export function digestSendQueueName(platform: Platform): string {
  return `${queueNames.digests}-${platform}`;
}

/**
 * "<deployment>.digest-42-2026-W47.<random>": unique for the life of a Redis, so a recreated or restored database
 * never meets an old job of the same user and week. Once per user and week is the `digest_deliveries` claim's
 * job; the queue only keeps a second job from waiting beside a live one (see digestDeduplicationId).
 */
export function digestJobId(deploymentId: string, userId: number, week: string): string {
  return `${digestDeduplicationId(deploymentId, userId, week)}.${randomUUID()}`;
}

/** While a job of this digest waits or runs, queueing it again is a no-op; BullMQ drops the key when it ends. */
export function digestDeduplicationId(deploymentId: string, userId: number, week: string): string {
  return `${deploymentId}.digest-${userId}-${week}`;
}
