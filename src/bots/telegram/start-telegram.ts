/**
 * Starts the Telegram adapter: the bot (long polling, or a webhook on the shared HTTP server when a
 * webhook URL is given), the command menu, and the sender later deliveries use.
 */
import { GrammyError } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { ReplySender } from '../../core/ports/reply-sender.ts';
import type { MessageHandler } from '../../core/service/handle-message.ts';
import type { HttpServer } from '../../infra/http/http-server.ts';
import type { Logger } from '../../infra/logger.ts';
import { telegramCommandMenu } from './command-menu.ts';
import { createSenderApi } from './create-sender-api.ts';
import { createTelegramBot } from './create-telegram-bot.ts';
import { mountWebhook } from './mount-webhook.ts';
import type { ThrottleOptions } from './outbound-throttle.ts';
import { type Polling, startPolling } from './start-polling.ts';
import { TelegramConfigError } from './telegram-config-error.ts';
import { createTelegramSender } from './telegram-sender.ts';
import { createTypingIndicators } from './typing-indicators.ts';
import { derivedSecretToken, normalizeWebhookSecret, secretCheckOff, webhookSecretProblem } from './webhook-secret.ts';

export interface StartTelegramOptions {
  readonly token: string;
  /** TELEGRAM_API_ROOT: another Bot API server (a local one, or a test fake). */
  readonly apiRoot?: string;
  /** TELEGRAM_WEBHOOK_URL: when set, webhook mode on `http` at this URL's path. */
  readonly webhookUrl?: string;
  /** TELEGRAM_WEBHOOK_SECRET (`off` in any case, or 16+ characters); derived from the token when absent. */
  readonly webhookSecret?: string;
  /** The shared server; required in webhook mode (the caller listens on it). */
  readonly http?: HttpServer;
  /** An update still being handled after this long is answered 503, so Telegram sends it again (default 5 s). */
  readonly webhookAnswerWithinMs?: number;
  readonly handleMessage: MessageHandler;
  readonly log: Logger;
  /** Skips getMe when known (tests, benchmarks). */
  readonly botInfo?: UserFromGetMe;
  readonly polling?: { readonly backoffMs?: number; readonly maxBackoffMs?: number; readonly timeoutSeconds?: number };
  readonly typing?: { readonly everyMs?: number; readonly maxMs?: number };
  readonly throttle?: ThrottleOptions;
  readonly maxTextLength?: number;
}

export interface TelegramAdapter {
  /** Delivers later replies (model answers) to `{ platform: 'telegram', address: { chatId, replyToMessageId } }`. */
  readonly sender: ReplySender;
  readonly mode: 'polling' | 'webhook';
  /** Stops polling (waiting for updates in hand) and the typing indicators; a webhook stays registered. */
  stop(): Promise<void>;
}

export async function startTelegram(options: StartTelegramOptions): Promise<TelegramAdapter> {
  const { log } = options;
  if (options.webhookUrl && !options.http) {
    throw new Error('TELEGRAM_WEBHOOK_URL is set but no HTTP server was given to serve the webhook');
  }
  const webhookSecret = options.webhookSecret === undefined ? undefined : normalizeWebhookSecret(options.webhookSecret);
  const secretProblem = webhookSecret === undefined ? undefined : webhookSecretProblem(webhookSecret);
  if (secretProblem) throw new Error(`TELEGRAM_WEBHOOK_SECRET ${secretProblem}`);
  const senderApi = createSenderApi({
    token: options.token,
    ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}),
    ...(options.throttle ? { throttle: options.throttle } : {}),
  });
  const typing = createTypingIndicators({
    sendTyping: (chatId) => senderApi.sendChatAction(chatId, 'typing'),
    ...options.typing,
    onError: (error) => log.debug({ err: error }, 'typing indicator not sent'),
  });
  const bot = createTelegramBot({
    token: options.token,
    handleMessage: options.handleMessage,
    log,
    typing,
    ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}),
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    ...(options.maxTextLength ? { maxTextLength: options.maxTextLength } : {}),
  });
  await bot.init().catch((error: unknown) => {
    throw startupProblem('TELEGRAM_BOT_TOKEN', 'getMe', error);
  });
  await bot.api
    .setMyCommands(telegramCommandMenu())
    .catch((error: unknown) => log.warn({ err: error }, 'telegram command menu not registered'));

  let polling: Polling | undefined;
  if (options.webhookUrl && options.http) {
    await mountWebhook(bot, {
      http: options.http,
      url: options.webhookUrl,
      secretToken: webhookSecret ?? derivedSecretToken(options.token),
      ...(options.webhookAnswerWithinMs ? { answerWithinMs: options.webhookAnswerWithinMs } : {}),
      onSlowUpdate: (ms) =>
        log.warn({ ms }, 'telegram update still being handled; answered 503 so Telegram sends it again'),
    }).catch((error: unknown) => {
      throw startupProblem('TELEGRAM_WEBHOOK_URL', 'setWebhook', error);
    });
    if (webhookSecret === secretCheckOff) {
      log.warn(
        'telegram webhook secret check is off (TELEGRAM_WEBHOOK_SECRET=off): webhook calls are taken from this machine only',
      );
    }
    log.info({ bot: bot.botInfo.username, path: new URL(options.webhookUrl).pathname }, 'telegram webhook registered');
  } else {
    // A webhook left from an earlier deployment would make every getUpdates fail with 409.
    await bot.api.deleteWebhook({ drop_pending_updates: false });
    polling = startPolling(bot, { log, ...options.polling });
    log.info({ bot: bot.botInfo.username }, 'telegram long polling started');
  }

  return {
    sender: createTelegramSender({ api: senderApi, typing, log }).replies,
    mode: polling ? 'polling' : 'webhook',
    async stop() {
      await polling?.stop();
      typing.stopAll();
    },
  };
}

/** One line naming the variable Telegram refused (or that the Bot API could not be reached to check it). */
function startupProblem(variable: string, method: string, error: unknown): Error {
  if (error instanceof TelegramConfigError) return error;
  if (error instanceof GrammyError) {
    return new TelegramConfigError(
      `${variable}: refused by Telegram (${method}: ${error.error_code} ${error.description.replace(/\s+/g, ' ')})`,
    );
  }
  return new TelegramConfigError(
    `TELEGRAM_API_ROOT: the Bot API could not be reached to check ${variable} (${method}: ${(error as Error)?.message?.replace(/\s+/g, ' ')})`,
  );
}
