/** ioredis connections configured the way BullMQ needs them. */
import { Redis } from 'ioredis';

/**
 * Workers block on Redis, so their connections must never give up on a request
 * (`maxRetriesPerRequest: null`); producers fail fast while Redis is down instead of queueing forever.
 */
export function createRedisConnection(url: string, role: 'worker' | 'producer'): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: role === 'worker' ? null : 1,
    enableOfflineQueue: role === 'worker',
    lazyConnect: false,
  });
}

/** True when Redis answers PING within `timeoutMs`. */
export async function isRedisReachable(url: string, timeoutMs = 1000): Promise<boolean> {
  const probe = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
    connectTimeout: timeoutMs,
  });
  probe.on('error', () => {});
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}
