/** The digest queues' names, job data and deterministic job ids, shared by the tick, the workers and the CLI. */
import type { Platform } from '../../core/domain/user.ts';
import { queueNames } from '../queue-names.ts';

/** One user's digest for one ISO week. */
export interface DigestJobData {
  readonly userId: number;
  readonly week: string;
  /** Queued by an operator: may resend a `failed` or `uncertain` delivery. */
  readonly manual?: boolean;
}

/** The queue the scheduler's ticks land in. */
export const digestTickQueueName = queueNames.digests;

/** One send queue per platform, so a slow platform's rate limit never holds up another's. */
export function digestSendQueueName(platform: Platform): string {
  return `${queueNames.digests}-${platform}`;
}

/** "digest:42:2026-W47": a second enqueue of the same digest while the first job exists is a no-op. */
export function digestJobId(userId: number, week: string): string {
  return `digest:${userId}:${week}`;
}
