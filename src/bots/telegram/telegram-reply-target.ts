/** The address a later answer goes to: the chat, and the message it answers. */
import type { ReplyTarget } from '../../core/domain/reply-target.ts';

export function telegramReplyTarget(chatId: number, replyToMessageId: number | undefined): ReplyTarget {
  return {
    platform: 'telegram',
    address: {
      chatId: String(chatId),
      ...(replyToMessageId !== undefined ? { replyToMessageId: String(replyToMessageId) } : {}),
    },
  };
}

/** A user's private chat with the bot, whose id is their Telegram user id: where unasked messages go. */
export function privateChatTarget(platformUserId: string): ReplyTarget {
  return telegramReplyTarget(Number(platformUserId), undefined);
}
