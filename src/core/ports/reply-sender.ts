/** Where a reply goes when it is not returned at once (a model's answer, a digest), and who sends it. */
import type { Platform } from '../domain/user.ts';
import type { Reply } from '../service/inbound-message.ts';

/**
 * A platform address, opaque to the core: e.g. `{ chatId, replyToMessageId }` for Telegram,
 * `{ responseUrl }` or `{ channel }` for Slack. Stored with a run as JSON.
 */
export interface ReplyTarget {
  readonly platform: Platform;
  readonly address: Readonly<Record<string, string>>;
}

export interface ReplySender {
  /** Delivers `reply` to `target`; a failure is a DeliveryError saying whether trying again can help. */
  send(target: ReplyTarget, reply: Reply): Promise<void>;
}
