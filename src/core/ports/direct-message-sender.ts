/** The port that sends a reply to a user's own chat (their Telegram private chat, their Slack DM), unasked. */
import type { DigestRecipient } from '../digest/digest-sender.ts';
import type { Platform } from '../domain/user.ts';
import type { Reply } from '../service/inbound-message.ts';

export interface DirectMessageSender {
  /** Delivers `reply` with its buttons; a failure is a DeliveryError saying whether trying again can help. */
  send(recipient: DigestRecipient, reply: Reply): Promise<void>;
}

export type DirectMessageSenders = Partial<Record<Platform, DirectMessageSender>>;
