/**
 * Finbot's Telegram sender: later replies (a model's answer, as a reply to the question), weekly digests and
 * requested files (documents), all through one Bot API client. Every failure is a DeliveryError.
 */
import { type Api, InputFile } from 'grammy';
import type { DigestMessage } from '../../core/digest/digest-sender.ts';
import { DeliveryError, isDeliveryError } from '../../core/ports/delivery-error.ts';
import type { PlatformSender } from '../../core/ports/platform-sender.ts';
import type { Logger } from '../../infra/logger.ts';
import { waitOutThrottling } from '../wait-out-throttling.ts';
import { renderReply } from './render-reply.ts';
import { sendFileDocument } from './send-file-document.ts';
import { captionLimit, splitText } from './split-text.ts';
import { botApiCall } from './telegram-delivery-error.ts';
import type { TypingIndicators } from './typing-indicators.ts';

export interface TelegramSenderOptions {
  /** From `createSenderApi`. */
  readonly api: Api;
  /** Stopped for the chat when its answer goes out. */
  readonly typing?: TypingIndicators;
  readonly log?: Logger;
  /** Longest retry_after a reply waits out in place (default 60 s); digests never wait in place. */
  readonly maxWaitMs?: number;
  readonly maxAttempts?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * `replies` take `{ platform: 'telegram', address: { chatId, replyToMessageId? } }`; `digests` go to the user's
 * private chat, whose id is their Telegram user id.
 */
export function createTelegramSender(options: TelegramSenderOptions): PlatformSender {
  const { api, typing, log } = options;
  const waitOut = {
    maxWaitMs: options.maxWaitMs ?? 60_000,
    maxAttempts: options.maxAttempts ?? 5,
    ...(options.sleep ? { sleep: options.sleep } : {}),
  };
  return {
    replies: {
      async send(target, reply) {
        const chatId = Number(target.address.chatId);
        if (target.platform !== 'telegram' || !Number.isSafeInteger(chatId)) {
          throw new DeliveryError('refused', `not a Telegram reply target (${target.platform})`);
        }
        const replyTo = Number(target.address.replyToMessageId);
        typing?.stop(chatId);
        try {
          for (const [index, message] of renderReply(reply).entries()) {
            const extra = {
              parse_mode: 'HTML' as const,
              link_preview_options: { is_disabled: true },
              ...(index === 0 && Number.isSafeInteger(replyTo) && replyTo > 0
                ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } }
                : {}),
              ...(message.keyboard ? { reply_markup: message.keyboard } : {}),
            };
            await waitOutThrottling(() => botApiCall(() => api.sendMessage(chatId, message.html, extra)), waitOut);
          }
        } catch (error) {
          const failure = error as DeliveryError;
          log?.warn({ kind: reply.kind, failure: failure.kind, err: failure.message }, 'telegram delivery failed');
          throw failure;
        }
      },
    },
    digests: {
      send: (recipient, message, pace) => sendDigestMessage(api, recipient.platformUserId, message, pace),
    },
    files: {
      send: (recipient, file, caption) => sendFileDocument(api, recipient, file, caption),
    },
  };
}

/**
 * A digest in a chat: the chart as a photo captioned with the text, the text as a message of its own when it
 * is too long for a caption, or alone when there is no chart or Telegram will not take the photo. Plain text,
 * no markup to escape. `pace` is awaited before each message.
 */
export async function sendDigestMessage(
  api: Api,
  chatId: number | string,
  message: DigestMessage,
  pace: () => Promise<void> = async () => {},
): Promise<void> {
  if (message.chart) {
    const fits = message.text.length <= captionLimit;
    const photo = new InputFile(message.chart.png, 'digest.png');
    await pace();
    try {
      await botApiCall(() => api.sendPhoto(chatId, photo, fits ? { caption: message.text } : {}));
      if (fits) return;
    } catch (error) {
      // The numbers matter more than the picture: a photo refused for itself leaves the text to go alone.
      if (!isDeliveryError(error, 'refused')) throw error;
    }
  }
  for (const piece of splitText(message.text)) {
    await pace();
    await botApiCall(() => api.sendMessage(chatId, piece));
  }
}
