/**
 * Job schedulers live in Redis: one that restarts empty has none. Registering again on every (re)connection's
 * `ready` puts them back; upserting by a fixed id is idempotent, so a double registration does no harm.
 */
import type { Redis } from 'ioredis';

/** Registers now, and again each time `connection` is ready; the returned function stops re-registering. */
export async function keepSchedulerRegistered(
  connection: Redis,
  register: () => Promise<unknown>,
  onError: (error: unknown) => void,
): Promise<() => void> {
  const again = () => {
    register().catch(onError);
  };
  connection.on('ready', again);
  await register();
  return () => {
    connection.off('ready', again);
  };
}
