/** A BullMQ job scheduler that runs the sweep every few seconds; any number of processes may register it. */
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { queueNames } from '../queue-names.ts';

export interface SweepScheduler {
  close(): Promise<void>;
}

export async function startSweepScheduler(options: {
  connection: Redis;
  prefix: string;
  everyMs: number;
  sweep: () => Promise<unknown>;
}): Promise<SweepScheduler> {
  const queue = new Queue(queueNames.sweeps, { connection: options.connection, prefix: options.prefix });
  // Upserting by a fixed id is idempotent, so every worker process can do it at start.
  await queue.upsertJobScheduler(
    'runs-sweep',
    { every: options.everyMs },
    { name: 'sweep', opts: { removeOnComplete: true, removeOnFail: 100 } },
  );
  const worker = new Worker(queueNames.sweeps, () => options.sweep(), {
    connection: options.connection,
    prefix: options.prefix,
    concurrency: 1,
  });
  return {
    async close() {
      await worker.close();
      await queue.close();
    },
  };
}
