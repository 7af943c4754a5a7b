/** Who sends a reply that is not returned at once (a model's answer, a digest). */
import type { ReplyTarget } from '../domain/reply-target.ts';
import type { Reply } from '../service/inbound-message.ts';

export interface ReplySender {
  /** Delivers `reply` to `target`; a failure is a DeliveryError saying whether trying again can help. */
  send(target: ReplyTarget, reply: Reply): Promise<void>;
}
