/** Worker side of deliveries; a platform that refuses for good fails the job without retries. */
import { UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { LedgerStore } from '../../core/ports/ledger-store.ts';
import type { Clock } from '../../core/time/clock.ts';
import { queueNames } from '../queue-names.ts';
import { deliverRun, NoSenderError, type SenderRegistry } from './deliver-run.ts';
import type { DeliveryJobData } from './delivery-queue.ts';

export interface DeliveryWorkerOptions {
  readonly connection: Redis;
  readonly prefix: string;
  readonly concurrency: number;
  readonly store: LedgerStore;
  readonly senders: SenderRegistry;
  readonly clock: Clock;
  readonly onDelivered?: (outcome: 'sent' | 'skipped') => void;
}

export function createDeliveryWorker(options: DeliveryWorkerOptions): Worker<DeliveryJobData> {
  return new Worker<DeliveryJobData>(
    queueNames.deliveries,
    async (job) => {
      try {
        const outcome = await deliverRun(options.store, options.senders, options.clock, job.data.runId);
        options.onDelivered?.(outcome);
        return outcome;
      } catch (error) {
        if (error instanceof NoSenderError || (error as { permanent?: boolean }).permanent) {
          throw new UnrecoverableError((error as Error).message);
        }
        throw error;
      }
    },
    { connection: options.connection, prefix: options.prefix, concurrency: options.concurrency },
  );
}
