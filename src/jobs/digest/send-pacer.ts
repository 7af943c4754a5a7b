/** Spaces platform calls evenly across every process: each call reserves the next free slot in Redis and waits for it. */
import type { Redis } from 'ioredis';

export interface SendPacer {
  /** Waits for this caller's turn under `key` (e.g. "telegram", "slack:T0123"). */
  wait(key: string): Promise<void>;
  /** The platform asked to back off: no slot under `key` starts within the next `ms`. */
  block(key: string, ms: number): Promise<void>;
}

/**
 * Reserves max(now, next) and moves `next` one interval on (in microseconds), atomically, on Redis' own clock so processes on
 * different machines agree. Unlike a fixed-window limiter this never bursts: calls leave exactly `intervalMs` apart,
 * which is what a platform counting messages in any sliding second accepts.
 */
const reserveScript = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local nextSlot = tonumber(redis.call('GET', KEYS[1]) or '0')
local slot = math.max(now, nextSlot)
local following = slot + tonumber(ARGV[1])
redis.call('SET', KEYS[1], string.format('%d', following), 'PX', math.ceil((following - now) / 1000) + 60000)
return math.floor((slot - now) / 1000)
`;

const blockScript = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local nextSlot = tonumber(redis.call('GET', KEYS[1]) or '0')
local blocked = now + tonumber(ARGV[1]) * 1000
if blocked > nextSlot then
  redis.call('SET', KEYS[1], string.format('%d', blocked), 'PX', tonumber(ARGV[1]) + 60000)
end
return 0
`;

/** `intervalMs(key)`: the spacing for that key, e.g. 35 ms (≈28.6 messages/s) for Telegram. */
export function createSendPacer(redis: Redis, prefix: string, intervalMs: (key: string) => number): SendPacer {
  const redisKey = (key: string) => `${prefix}:digest-pacer:${key}`;
  return {
    async wait(key) {
      // Slots are kept in microseconds so an interval like 1000/28.5 ms does not drift by rounding.
      const interval = intervalMs(key);
      const intervalMicros = String(Math.round(interval * 1000));
      // A caller that wakes up well after its slot (a stalled event loop) takes a new one rather than sending
      // late: several late callers waking together would otherwise go out as a burst.
      const tolerance = Math.max(5, interval / 2);
      for (let attempt = 0; ; attempt++) {
        const delay = Number(await redis.eval(reserveScript, 1, redisKey(key), intervalMicros));
        const target = performance.now() + delay;
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
        if (performance.now() - target <= tolerance || attempt >= 5) return;
      }
    },
    async block(key, ms) {
      await redis.eval(blockScript, 1, redisKey(key), String(Math.max(0, Math.ceil(ms))));
    },
  };
}
