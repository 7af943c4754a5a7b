/** `finbot start|serve|worker`: starts the roles' parts and runs until SIGTERM or SIGINT, then stops in order. */
import type { Finbot, Role } from './create-finbot.ts';
import { stopSignal } from './shutdown.ts';

/** Resolves false when shutdown ran past its deadline (work left queued for the next start). */
export async function runUntilStopped(finbot: Finbot, roles: ReadonlyArray<Role>): Promise<boolean> {
  // Listening from the start: a SIGTERM during start-up still stops in order rather than killing the process.
  const signal = stopSignal();
  await finbot.start(roles);
  finbot.log.info({ signal: await signal }, 'stopping: intake first, then runs and deliveries in hand');
  return finbot.stop();
}
