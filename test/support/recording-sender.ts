/** A ReplySender that keeps what it was asked to deliver, for tests of the delivery path. */

import type { ReplyTarget } from '../../src/core/domain/reply-target.ts';
import type { ReplySender } from '../../src/core/ports/reply-sender.ts';
import type { Reply } from '../../src/core/service/inbound-message.ts';

export interface RecordingSender extends ReplySender {
  readonly sent: Array<{ target: ReplyTarget; reply: Reply; at: number }>;
  /** Resolves once `count` replies have been delivered, or rejects after `timeoutMs`. */
  waitForCount(count: number, timeoutMs?: number): Promise<void>;
}

export function createRecordingSender(): RecordingSender {
  const sent: RecordingSender['sent'] = [];
  return {
    sent,
    async send(target, reply) {
      sent.push({ target, reply, at: Date.now() });
    },
    async waitForCount(count, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (sent.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} deliveries, got ${sent.length}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
  };
}
