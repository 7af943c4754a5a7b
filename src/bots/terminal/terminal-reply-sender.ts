/** Delivers model answers to the terminal chat: the chat waits for the answer to its question before reading on. */

import type { ReplyTarget } from '../../core/domain/reply-target.ts';
import type { ReplySender } from '../../core/ports/reply-sender.ts';
import type { Reply } from '../../core/service/inbound-message.ts';

export interface TerminalReplySender extends ReplySender {
  /** Resolves with the reply delivered for the message with this key. */
  waitFor(messageKey: string): Promise<Reply>;
}

export function createTerminalReplySender(): TerminalReplySender {
  const delivered = new Map<string, Reply>();
  const waiting = new Map<string, (reply: Reply) => void>();
  return {
    async send(target: ReplyTarget, reply: Reply) {
      const key = target.address.messageKey ?? '';
      const waiter = waiting.get(key);
      if (waiter) {
        waiting.delete(key);
        waiter(reply);
      } else {
        delivered.set(key, reply);
      }
    },
    waitFor(messageKey) {
      const reply = delivered.get(messageKey);
      if (reply) {
        delivered.delete(messageKey);
        return Promise.resolve(reply);
      }
      return new Promise((resolve) => waiting.set(messageKey, resolve));
    },
  };
}
