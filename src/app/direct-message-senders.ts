/** Unasked messages to a user's own chat: each platform's reply sender, aimed at the user's private chat or DM. */
import { directMessageTarget } from '../bots/slack/slack-reply-target.ts';
import { privateChatTarget } from '../bots/telegram/telegram-reply-target.ts';
import type { ReplyTarget } from '../core/domain/reply-target.ts';
import type { Platform } from '../core/domain/user.ts';
import type { DirectMessageSenders } from '../core/ports/direct-message-sender.ts';
import type { PlatformSenders } from './platform-senders.ts';

const directTargets: Partial<Record<Platform, (platformUserId: string) => ReplyTarget>> = {
  telegram: privateChatTarget,
  slack: directMessageTarget,
};

export function directMessageSendersFrom(senders: PlatformSenders): DirectMessageSenders {
  const direct: DirectMessageSenders = {};
  for (const platform of Object.keys(senders) as Platform[]) {
    const sender = senders[platform];
    const target = directTargets[platform];
    if (sender && target) {
      direct[platform] = { send: (recipient, reply) => sender.replies.send(target(recipient.platformUserId), reply) };
    }
  }
  return direct;
}
