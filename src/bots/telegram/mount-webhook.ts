/**
 * Webhook mode: the bot answers POSTs at the webhook URL's path on the shared HTTP server. A request
 * without the right X-Telegram-Bot-Api-Secret-Token gets 401 (grammY's check) and touches nothing.
 *
 * Bot API emulators used for local testing may not send the header at all. For them the check can be
 * turned off (`secretToken: 'off'`), which is accepted only for a webhook URL on this machine and then
 * takes requests only from this machine (403 otherwise): nobody else can post updates in a user's name.
 * A request relayed by a proxy or tunnel on this machine also arrives from a loopback address, so one that
 * carries a forwarding header is refused too.
 */
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { type Bot, webhookCallback } from 'grammy';
import { type HttpServer, sendJson } from '../http/http-server.ts';
import { allowedUpdates } from './create-telegram-bot.ts';
import { isLoopbackAddress } from './loopback.ts';

export interface WebhookOptions {
  readonly http: HttpServer;
  /** The public HTTPS URL Telegram posts to (TELEGRAM_WEBHOOK_URL). */
  readonly url: string;
  /** The secret Telegram sends back, or 'off' (loopback URL and callers only). */
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

/** The value of TELEGRAM_WEBHOOK_SECRET that turns the check off (for local Bot API emulators only). */
export const secretCheckOff = 'off';

const forwardingHeaders = [
  'forwarded',
  'via',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-real-ip',
  'cf-connecting-ip',
];

function isForwarded(headers: IncomingHttpHeaders): boolean {
  return forwardingHeaders.some((name) => headers[name] !== undefined);
}

/** Routes the webhook path, then registers the webhook with Telegram. */
export async function mountWebhook(bot: Bot, options: WebhookOptions): Promise<void> {
  const url = new URL(options.url);
  const checked = options.secretToken !== secretCheckOff;
  if (!checked && !isLoopbackAddress(url.hostname)) {
    throw new Error(
      `TELEGRAM_WEBHOOK_SECRET=off is allowed only for a webhook URL on this machine, not ${url.hostname}`,
    );
  }
  const callback = webhookCallback(bot, 'http', {
    ...(checked ? { secretToken: options.secretToken } : {}),
    onTimeout: 'return',
    timeoutMilliseconds: options.answerWithinMs ?? 5000,
  });
  options.http.route('POST', url.pathname, (request, response) => {
    if (!checked && (!isLoopbackAddress(request.socket.remoteAddress) || isForwarded(request.headers))) {
      sendJson(response, 403, { error: 'webhook calls without a secret are taken from this machine only' });
      return;
    }
    return callback(request, response);
  });
  await bot.api.setWebhook(options.url, {
    ...(checked ? { secret_token: options.secretToken } : {}),
    allowed_updates: allowedUpdates,
    drop_pending_updates: false,
  });
}
