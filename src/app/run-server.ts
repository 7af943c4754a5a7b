/** `finbot start` with a platform configured (and `finbot serve`): the server, until SIGTERM or SIGINT. */
import type { App } from './create-app.ts';
import { stopSignal } from './shutdown.ts';
import { startServer } from './start-server.ts';

/** Resolves false when shutdown ran past its deadline (work left queued for the next start). */
export async function runServer(app: App, options: { runWorkers: boolean }): Promise<boolean> {
  // Listening from the start: a SIGTERM during start-up still stops in order rather than killing the process.
  const signal = stopSignal();
  const server = await startServer(app, options);
  app.log.info({ signal: await signal }, 'stopping: intake first, then runs and deliveries in hand');
  return server.stop();
}
