/** Delivers a core reply that was not returned at once (a model's answer) as a reply to the question. */
import type { Api } from 'grammy';
import type { Logger } from '../../app/logger.ts';
import type { ReplySender, ReplyTarget } from '../../core/ports/reply-sender.ts';
import type { Reply } from '../../core/service/inbound-message.ts';
import { renderReply } from './render-reply.ts';
import { TelegramDeliveryError, toDeliveryError } from './telegram-delivery-error.ts';
import type { TypingIndicators } from './typing-indicators.ts';

export interface TelegramReplySenderOptions {
  /** From `createSenderApi` (throttled, retries 429s). */
  readonly api: Api;
  /** Stopped for the chat when its answer goes out. */
  readonly typing?: TypingIndicators;
  readonly log: Logger;
}

/** `send` resolves once Telegram accepted every piece; failures are `TelegramDeliveryError`s. */
export function createTelegramReplySender(options: TelegramReplySenderOptions): ReplySender {
  const { api, typing, log } = options;
  return {
    async send(target: ReplyTarget, reply: Reply): Promise<void> {
      const chatId = Number(target.address.chatId);
      if (target.platform !== 'telegram' || !Number.isSafeInteger(chatId)) {
        throw new TelegramDeliveryError(`not a Telegram reply target (${target.platform})`, { permanent: true });
      }
      const replyTo = Number(target.address.replyToMessageId);
      typing?.stop(chatId);
      const messages = renderReply(reply);
      try {
        for (const [index, message] of messages.entries()) {
          await api.sendMessage(chatId, message.html, {
            parse_mode: 'HTML',
            link_preview_options: { is_disabled: true },
            ...(index === 0 && Number.isSafeInteger(replyTo) && replyTo > 0
              ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } }
              : {}),
            ...(message.keyboard ? { reply_markup: message.keyboard } : {}),
          });
        }
      } catch (error) {
        const failure = toDeliveryError(error);
        log.warn({ kind: reply.kind, permanent: failure.permanent, err: failure.message }, 'telegram delivery failed');
        throw failure;
      }
    },
  };
}
