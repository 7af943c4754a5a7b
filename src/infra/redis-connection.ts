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
  return (await redisProblem(url, timeoutMs)) === undefined;
}

/** Why Redis at `url` cannot be used (refused, unknown host, no PING answer in time), or undefined when it can. */
export async function redisProblem(url: string, timeoutMs = 1000): Promise<string | undefined> {
  const probe = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
    connectTimeout: timeoutMs,
  });
  // The connection's own error says why (ECONNREFUSED, ENOTFOUND); the rejected call only that it closed.
  let cause: Error | undefined;
  probe.on('error', (error: Error) => {
    cause ??= error;
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([probe.connect(), timeout]);
    const answer = await Promise.race([probe.ping(), timeout]);
    return answer === 'PONG' ? undefined : `answered PING with ${answer}`;
  } catch (error) {
    return (cause ?? (error as Error)).message.replace(/\s+/g, ' ');
  } finally {
    clearTimeout(timer);
    probe.disconnect();
  }
}
