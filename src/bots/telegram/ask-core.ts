/** One core call for one update: the update's key, the sender's id, and where a later answer must go. */
import type { User as TelegramUser } from 'grammy/types';
import type { MessageHandler } from '../../core/service/handle-message.ts';
import type { InboundMessage, Reply } from '../../core/service/inbound-message.ts';
import type { Logger } from '../../infra/logger.ts';
import { telegramReplyTarget } from './telegram-reply-target.ts';
import { updateKey } from './update-key.ts';

export interface CoreRequest {
  readonly updateId: number;
  readonly from: TelegramUser;
  readonly chatId: number;
  /** The message a later answer replies to (the question, or the message carrying the tapped button). */
  readonly messageId: number | undefined;
  readonly text: string;
}

export function inboundMessage(request: CoreRequest): InboundMessage {
  const name = [request.from.first_name, request.from.last_name].filter(Boolean).join(' ');
  return {
    platform: 'telegram',
    platformUserId: String(request.from.id),
    displayName: name || request.from.username || null,
    key: updateKey(request.updateId),
    text: request.text,
    replyTarget: telegramReplyTarget(request.chatId, request.messageId),
    // A digest's chart goes as a photo.
    showsCharts: true,
    // The dashboard opens as a Mini App, signed in by Telegram.
    opensWebApps: true,
  };
}

/** The core's reply, or undefined when the core failed (logged; the caller says nothing was saved). */
export async function askCore(handler: MessageHandler, log: Logger, request: CoreRequest): Promise<Reply | undefined> {
  try {
    return await handler(inboundMessage(request));
  } catch (error) {
    log.error({ err: error, updateId: request.updateId }, 'telegram update failed in the core');
    return undefined;
  }
}
