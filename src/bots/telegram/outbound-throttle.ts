/**
 * An API transformer that spaces outgoing messages within Telegram's flood limits: about 30 messages a
 * second overall, about one a second per chat (short bursts allowed), 20 a minute per group. Calls wait
 * their turn in order instead of being refused with 429.
 */
import type { Transformer } from 'grammy';

export interface ThrottleOptions {
  readonly perSecond?: number;
  readonly perChatPerSecond?: number;
  readonly perChatBurst?: number;
  readonly perGroupPerMinute?: number;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Methods that put a message in a chat; chat actions and callback answers are not limited this way. */
const limitedMethod = /^(send(?!ChatAction)|copyMessage|forwardMessage|editMessage)/;

export function throttleSends(options: ThrottleOptions = {}): Transformer {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const perSecond = options.perSecond ?? 30;
  const global = createBucket(perSecond, perSecond / 1000);
  const chats = new Map<string, Bucket>();

  function chatBucket(chatId: string): Bucket {
    let bucket = chats.get(chatId);
    if (!bucket) {
      if (chats.size > 10_000) for (const [key, entry] of chats) if (entry.idle(now())) chats.delete(key);
      bucket = chatId.startsWith('-')
        ? createBucket(3, (options.perGroupPerMinute ?? 20) / 60_000)
        : createBucket(options.perChatBurst ?? 3, (options.perChatPerSecond ?? 1) / 1000);
      chats.set(chatId, bucket);
    }
    return bucket;
  }

  return async (prev, method, payload, signal) => {
    if (limitedMethod.test(method)) {
      const chatId = (payload as { chat_id?: unknown } | undefined)?.chat_id;
      const at = now();
      const wait = Math.max(global.reserve(at), chatId === undefined ? 0 : chatBucket(String(chatId)).reserve(at));
      if (wait > 0) await sleep(wait);
    }
    return prev(method, payload, signal);
  };
}

interface Bucket {
  /** Takes one token; returns how long to wait for it (ms). Debt queues later callers behind earlier ones. */
  reserve(at: number): number;
  idle(at: number): boolean;
}

function createBucket(capacity: number, perMs: number): Bucket {
  let tokens = capacity;
  let last = 0;
  function refill(at: number): void {
    tokens = Math.min(capacity, tokens + (at - last) * perMs);
    last = at;
  }
  return {
    reserve(at) {
      refill(at);
      tokens -= 1;
      return tokens >= 0 ? 0 : Math.ceil(-tokens / perMs);
    },
    idle(at) {
      refill(at);
      return tokens >= capacity;
    },
  };
}
