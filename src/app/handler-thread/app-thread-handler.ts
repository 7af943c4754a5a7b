/**
 * Loaded inside the handler thread by `finbot start|serve` when HANDLER_THREAD is on: the app's own core
 * handler over the thread's own connection to the configured database.
 */
import { createResvgChartRenderer } from '../../digest/chart/resvg-chart-renderer.ts';
import { createLogger } from '../../infra/logger.ts';
import type { Config } from '../config.ts';
import { createApp, createHandler } from '../create-app.ts';
import type { ThreadHandler, ThreadPorts } from './handler-thread-worker.ts';

export async function createThreadHandler(options: { config: Config }, ports: ThreadPorts): Promise<ThreadHandler> {
  const log = createLogger(options.config.LOG_LEVEL ?? 'info').child({ thread: 'handler' });
  const app = await createApp(options.config, log);
  // "digest now" charts are drawn in this thread, off the main one.
  const chart = createResvgChartRenderer();
  return {
    handle: createHandler(app, ports.runScheduler, chart),
    close: async () => {
      await chart.close();
      await app.close();
    },
  };
}
