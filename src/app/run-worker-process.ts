/** `finbot worker`: only the background work (runs, deliveries, digests), beside adapter processes on one Redis and database. */
import { createFinbotMetrics } from '../infra/metrics.ts';
import type { App } from './create-app.ts';
import { replySendersFrom } from './platform-senders.ts';
import { requireRedis } from './require-redis.ts';
import { shutdownInOrder, stopSignal } from './shutdown.ts';
import { startWorkers } from './start-workers.ts';

/** Resolves false when shutdown ran past SHUTDOWN_TIMEOUT_SECONDS (work left queued for the next start). */
export async function runWorkerProcess(app: App): Promise<boolean> {
  const signal = stopSignal();
  await requireRedis(app.config.REDIS_URL);
  const workers = await startWorkers(app, replySendersFrom(app.config, app.log), createFinbotMetrics(), {
    runWorkers: true,
  });
  app.log.info('workers started');
  app.log.info({ signal: await signal }, 'stopping: letting runs in hand finish and sending their replies');
  return shutdownInOrder(
    [{ name: 'workers', run: () => workers.close() }],
    app.config.SHUTDOWN_TIMEOUT_SECONDS * 1000,
    app.log,
  );
}
