/** The repeating tick: a BullMQ job scheduler (one per Redis, however many processes upsert it) and its worker. */
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { digestTickQueueName } from './digest-job.ts';
import type { DigestTickReport } from './digest-tick.ts';

export const digestSchedulerId = 'digest-tick';

export interface DigestSchedulerOptions {
  readonly connection: Redis;
  readonly prefix: string;
  /** Cron pattern, e.g. "*\/5 * * * *" (every 5 minutes); due times are checked per user, so UTC is fine. */
  readonly pattern: string;
  readonly tick: () => Promise<DigestTickReport>;
  readonly onTick?: (report: DigestTickReport) => void;
  readonly onError?: (error: unknown) => void;
}

export interface DigestScheduler {
  close(): Promise<void>;
}

export async function startDigestScheduler(options: DigestSchedulerOptions): Promise<DigestScheduler> {
  const queue = new Queue(digestTickQueueName, { connection: options.connection, prefix: options.prefix });
  await queue.upsertJobScheduler(
    digestSchedulerId,
    { pattern: options.pattern, tz: 'UTC' },
    { name: 'tick', opts: { removeOnComplete: 100, removeOnFail: 100 } },
  );
  const worker = new Worker(
    digestTickQueueName,
    async () => {
      const report = await options.tick();
      options.onTick?.(report);
      return report;
    },
    { connection: options.connection, prefix: options.prefix, concurrency: 1 },
  );
  worker.on('error', (error) => options.onError?.(error));
  return {
    async close() {
      await worker.close();
      await queue.close();
    },
  };
}
