/**
 * Webhook mode: the bot answers POSTs at the webhook URL's path on the shared HTTP server. A request
 * without the right X-Telegram-Bot-Api-Secret-Token gets 401 (grammY's check) and touches nothing.
 */
import { createHash } from 'node:crypto';
import { type Bot, webhookCallback } from 'grammy';
import type { HttpServer } from '../http/http-server.ts';
import { allowedUpdates } from './create-telegram-bot.ts';

export interface WebhookOptions {
  readonly http: HttpServer;
  /** The public HTTPS URL Telegram posts to (TELEGRAM_WEBHOOK_URL). */
  readonly url: string;
  readonly secretToken: string;
  /**
   * Telegram is answered 200 after this long even if the update is still being handled (its reply waiting
   * out a flood limit, say), so it does not redeliver; the work finishes in the background.
   */
  readonly answerWithinMs?: number;
}

/** Telegram accepts 1–256 characters of A–Z, a–z, 0–9, _ and -. */
export function isValidSecretToken(secret: string): boolean {
  return /^[A-Za-z0-9_-]{1,256}$/.test(secret);
}

/** A secret derived from the bot token, so every instance agrees on it when none is configured. */
export function derivedSecretToken(botToken: string): string {
  return createHash('sha256').update(`finbot-telegram-webhook:${botToken}`).digest('hex');
}

/** Routes the webhook path, then registers the webhook with Telegram. */
export async function mountWebhook(bot: Bot, options: WebhookOptions): Promise<void> {
  const path = new URL(options.url).pathname;
  const callback = webhookCallback(bot, 'http', {
    secretToken: options.secretToken,
    onTimeout: 'return',
    timeoutMilliseconds: options.answerWithinMs ?? 5000,
  });
  options.http.route('POST', path, (request, response) => callback(request, response));
  await bot.api.setWebhook(options.url, {
    secret_token: options.secretToken,
    allowed_updates: allowedUpdates,
    drop_pending_updates: false,
  });
}
