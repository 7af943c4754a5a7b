/**
 * Builds the grammY bot: private chats go to the core (one update, one core call, keyed by update_id),
 * groups only get a note on /help, and every failure (in either mode) is logged once by one error handler.
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { Bot, type BotError, type Context, GrammyError, HttpError } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { textReply } from '../../core/service/inbound-message.ts';
import { editedText } from './adapter-texts.ts';
import { botApiClientOptions } from './bot-api-fetch.ts';
import { createButtonTapHandler } from './button-tap-handler.ts';
import { createGroupChatHandler } from './group-chat-handler.ts';
import { createPrivateMessageHandler } from './private-message-handler.ts';
import { retryNetworkErrors } from './retry-network-errors.ts';
import { sendReply } from './send-reply.ts';
import type { TelegramHandlerDeps } from './telegram-handler-deps.ts';

export interface TelegramBotOptions extends Omit<TelegramHandlerDeps, 'maxTextLength'> {
  readonly token: string;
  /** A Bot API server other than api.telegram.org (TELEGRAM_API_ROOT; tests use a fake). */
  readonly apiRoot?: string;
  /** Known bot info skips getMe at start. */
  readonly botInfo?: UserFromGetMe;
  readonly maxTextLength?: number;
  /** Longest retry_after an in-update reply waits out before giving up (default 30 s). */
  readonly maxRetryAfterSeconds?: number;
}

/** The update types the bot asks for (getUpdates and setWebhook). */
export const allowedUpdates = ['message', 'edited_message', 'callback_query'] as const;

export function createTelegramBot(options: TelegramBotOptions): Bot {
  const bot = new Bot(options.token, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    // Longer than a long poll's 30 s wait, which also goes through this client.
    client: botApiClientOptions(options.apiRoot, 60),
  });
  // auto-retry waits out flood limits; network failures get a few bounded retries of our own (its own would go
  // on for ever, holding the chat's queue), then end in bot.catch. Polling has its own retries.
  bot.api.config.use(
    autoRetry({ maxDelaySeconds: options.maxRetryAfterSeconds ?? 30, maxRetryAttempts: 3, rethrowHttpErrors: true }),
  );
  bot.api.config.use(retryNetworkErrors());
  const deps: TelegramHandlerDeps = { ...options, maxTextLength: options.maxTextLength ?? 1000 };

  // One chat's updates are handled in order (the runner and webhooks both run updates concurrently).
  bot.use(sequentialize((ctx: Context) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()));

  // grammY hands handler errors to bot.catch only when polling; under webhookCallback they would become a
  // 500 and Telegram would redeliver. The boundary logs them in both modes and the update counts as handled.
  const report = (error: BotError) => logFailure(options.log, error);
  const guarded = bot.errorBoundary(report);
  const direct = guarded.chatType('private');
  direct.on('message', createPrivateMessageHandler(deps));
  direct.on('callback_query', createButtonTapHandler(deps));
  direct.on('edited_message', (ctx) => sendReply(ctx.api, ctx.chat.id, textReply('help', editedText)).then(() => {}));
  guarded.chatType(['group', 'supergroup']).use(createGroupChatHandler(options.log));
  bot.catch(report);
  return bot;
}

function logFailure(log: TelegramBotOptions['log'], error: BotError): void {
  const cause = error.error;
  const updateId = error.ctx.update.update_id;
  if (cause instanceof GrammyError) {
    log.error(
      { updateId, method: cause.method, code: cause.error_code, description: cause.description },
      'telegram refused a call while handling an update',
    );
  } else if (cause instanceof HttpError) {
    log.error({ updateId, err: cause.error }, 'telegram unreachable while handling an update');
  } else {
    log.error({ updateId, err: cause }, 'telegram update handler failed');
  }
}
