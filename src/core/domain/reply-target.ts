/** Where a reply goes when it is not returned at once (a model's answer, a digest). */
import type { Platform } from './user.ts';

/**
 * A platform address, opaque to the core: e.g. `{ chatId, replyToMessageId }` for Telegram,
 * `{ responseUrl }` or `{ channel }` for Slack. Stored with a run as JSON.
 */
export interface ReplyTarget {
  readonly platform: Platform;
  readonly address: Readonly<Record<string, string>>;
}
