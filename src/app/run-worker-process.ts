/** `finbot worker`: only the background work (runs, deliveries, digests), beside adapter processes on one Redis and database. */
import { createFinbotMetrics } from '../api/metrics.ts';
import type { App } from './create-app.ts';
import { replySendersFrom } from './platform-senders.ts';
import { startWorkers } from './start-workers.ts';

export async function runWorkerProcess(app: App): Promise<void> {
  const workers = await startWorkers(app, replySendersFrom(app.config, app.log), createFinbotMetrics(), {
    runWorkers: true,
  });
  app.log.info('workers started');
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  app.log.info('stopping: letting jobs in hand finish');
  await workers.close();
}
