/** A ReplySender that notes when each message's reply arrived, and lets the benchmark wait for one by message key. */
import type { ReplySender } from '../../src/core/ports/reply-sender.ts';

export interface ReplyWaiter extends ReplySender {
  /** Resolves with performance.now() at the delivery of the reply to `messageKey`. */
  deliveredAt(messageKey: string, timeoutMs: number): Promise<number>;
}

export function createReplyWaiter(): ReplyWaiter {
  const arrived = new Map<string, number>();
  const waiting = new Map<string, (at: number) => void>();
  return {
    async send(target) {
      const at = performance.now();
      const key = target.address.messageKey ?? '';
      arrived.set(key, at);
      waiting.get(key)?.(at);
    },
    deliveredAt(messageKey, timeoutMs) {
      const at = arrived.get(messageKey);
      if (at !== undefined) return Promise.resolve(at);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no reply to ${messageKey} in ${timeoutMs} ms`)), timeoutMs);
        waiting.set(messageKey, (delivered) => {
          clearTimeout(timer);
          resolve(delivered);
        });
      });
    },
  };
}
