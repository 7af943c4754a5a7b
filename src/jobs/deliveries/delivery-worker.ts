/**
 * Worker side of deliveries; a platform that refuses for good fails the job without retries, and the run is
 * marked so no sweep resends it (any other failure leaves it to the sweep's re-delivery). A reply whose
 * platform has no sender here yet (its adapter is still starting, or runs in another process that has not
 * come up) waits for it rather than failing: an answer is never dropped for want of a sender.
 */
import { DelayedError, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { DeliveryError, isDeliveryError } from '../../core/ports/delivery-error.ts';
import type { LedgerStore } from '../../core/ports/ledger-store.ts';
import type { Clock } from '../../core/time/clock.ts';
import { queueNames } from '../queue-names.ts';
import { type ForeignJobError, refuseForeignJob } from '../refuse-foreign-job.ts';
import { deliverRun, NoSenderError, type SenderRegistry } from './deliver-run.ts';
import type { DeliveryJobData } from './delivery-queue.ts';

export interface DeliveryWorkerOptions {
  readonly connection: Redis;
  readonly prefix: string;
  readonly concurrency: number;
  /** This database's deployment id: a job naming another is refused. */
  readonly deploymentId: string;
  readonly onForeignJob?: (error: ForeignJobError) => void;
  readonly store: LedgerStore;
  readonly senders: SenderRegistry;
  readonly clock: Clock;
  /** Start taking jobs at once (default), or only when `run()` is called. */
  readonly autorun?: boolean;
  readonly lockDurationMs?: number;
  /** How often BullMQ looks for deliveries held by dead workers. */
  readonly stalledIntervalMs?: number;
  /** First wait for a missing sender; doubles up to 30 s. */
  readonly senderWaitMs?: number;
  readonly onDelivered?: (outcome: 'sent' | 'skipped') => void;
  /** A reply waits for its platform's sender (called on each wait). */
  readonly onWaitingForSender?: (runId: number, platform: string, retryInMs: number) => void;
}

export function createDeliveryWorker(options: DeliveryWorkerOptions): Worker<DeliveryJobData> {
  return new Worker<DeliveryJobData>(
    queueNames.deliveries,
    async (job, token) => {
      refuseForeignJob(job, options.deploymentId, options.onForeignJob);
      try {
        const outcome = await deliverRun(options.store, options.senders, options.clock, job.data.runId);
        options.onDelivered?.(outcome);
        return outcome;
      } catch (error) {
        if (error instanceof NoSenderError) {
          // Moving to delayed costs no attempt, so the wait is as long as the sender takes to appear.
          const retryInMs = Math.min(30_000, (options.senderWaitMs ?? 500) * 2 ** Math.min(6, job.attemptsStarted));
          options.onWaitingForSender?.(job.data.runId, error.platform, retryInMs);
          await job.moveToDelayed(Date.now() + retryInMs, token);
          throw new DelayedError();
        }
        if (isDeliveryError(error, 'throttled')) {
          // The platform named its wait: the job waits that long, at no cost of an attempt.
          await job.moveToDelayed(Date.now() + (error.retryAfterMs ?? 1000), token);
          throw new DelayedError();
        }
        if (error instanceof DeliveryError && error.permanent) {
          // The platform refused for good (the user blocked the bot, the chat is gone): the sweep must not resend.
          await options.store.markDeliveryRefused(job.data.runId, error.message);
          throw new UnrecoverableError(error.message);
        }
        throw error;
      }
    },
    {
      connection: options.connection,
      prefix: options.prefix,
      concurrency: options.concurrency,
      autorun: options.autorun ?? true,
      // A killed worker's delivery is taken up within about 9 s rather than BullMQ's default minute. The lock is
      // renewed every 3 s by a timer, whatever the send is doing, so only a dead (or frozen) worker loses it.
      lockDuration: options.lockDurationMs ?? 6_000,
      stalledInterval: options.stalledIntervalMs ?? 3_000,
    },
  );
}
