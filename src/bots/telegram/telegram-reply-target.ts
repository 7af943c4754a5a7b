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
