/**
 * Loaded inside the handler thread by `finbot start|serve` when HANDLER_THREAD is on: the app's own core
 * handler over the thread's own connection to the configured database.
 */
import type { Config } from '../config.ts';
import { createApp, createHandler } from '../create-app.ts';
import { createLogger } from '../logger.ts';
import type { ThreadHandler, ThreadPorts } from './handler-thread-worker.ts';

export async function createThreadHandler(options: { config: Config }, ports: ThreadPorts): Promise<ThreadHandler> {
  const log = createLogger(options.config.LOG_LEVEL ?? 'info').child({ thread: 'handler' });
  const app = await createApp(options.config, log);
  return { handle: createHandler(app, ports.runScheduler), close: () => app.close() };
}
