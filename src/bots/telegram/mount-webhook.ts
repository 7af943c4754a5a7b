/**
 * Webhook mode: the bot answers POSTs at the webhook URL's path on the shared HTTP server. A request
 * without the right X-Telegram-Bot-Api-Secret-Token gets 401 (grammY's check) and touches nothing.
 *
 * Bot API emulators used for local testing may not send the header at all. For them the check can be
 * turned off (`secretToken: 'off'`), which is accepted only for a webhook URL on this machine and then
 * takes requests only from this machine (403 otherwise): nobody else can post updates in a user's name.
 * A request relayed by a proxy or tunnel on this machine also arrives from a loopback address, so one that
 * carries any forwarding header is refused too. A plain TCP forwarder adds no header and cannot be told
 * apart: `off` is for a machine where nothing relays to the webhook port.
 *
 * The shared server has read the body (1 MiB at most); grammY gets it through a small adapter of its own
 * kind, and a body that is no update is answered 400 after the secret is checked.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Bot, webhookCallback } from 'grammy';
import type { Update } from 'grammy/types';
import { carriesForwardingHeader } from '../../infra/http/forwarding-headers.ts';
import { type HttpServer, sendJson } from '../../infra/http/http-server.ts';
import { allowedUpdates } from './create-telegram-bot.ts';
import { isLoopbackAddress } from './loopback.ts';
import { readWebhookUpdate } from './read-webhook-update.ts';
import { secretCheckOff } from './webhook-secret.ts';

export interface WebhookOptions {
  readonly http: HttpServer;
  /** The public HTTPS URL Telegram posts to (TELEGRAM_WEBHOOK_URL). */
  readonly url: string;
  /** The secret Telegram sends back, or 'off' (loopback URL and callers only), as normalized. */
  readonly secretToken: string;
  /**
   * An update still being handled after this long (its reply waiting out a flood limit, a database being
   * retried) is answered 503 while the work goes on: Telegram delivers it again later, and the redelivery
   * finds it handled (its update key) or handles it, so a crash meanwhile loses nothing.
   */
  readonly answerWithinMs?: number;
  /** Told when an update was answered 503 for taking too long. */
  readonly onSlowUpdate?: (ms: number) => void;
}

const secretHeader = 'x-telegram-bot-api-secret-token';

/** The shape of grammY's framework adapters (its own type is not exported). */
interface WebhookExchange {
  readonly update: Update;
  readonly header: string | undefined;
  end(): void;
  respond(json: string): void;
  unauthorized(): void;
  readonly handlerReturn?: undefined;
}

/** grammY's request-response adapter over a request whose body the shared server has read already. */
function bufferedRequest(request: IncomingMessage, response: ServerResponse, body: Buffer): WebhookExchange {
  const header = request.headers[secretHeader];
  return {
    // A getter: grammY asks for the update only after the secret matched.
    get update() {
      return readWebhookUpdate(body);
    },
    header: Array.isArray(header) ? header[0] : header,
    // After a 503 for a slow update the response is over; grammY still ends it when the work is done.
    end: () => {
      if (!response.headersSent) response.end();
    },
    respond: (json) => {
      if (!response.headersSent) response.writeHead(200, { 'content-type': 'application/json' }).end(json);
    },
    unauthorized: () => sendJson(response, 401, { error: 'wrong or missing secret token' }),
  };
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
  const answerWithinMs = options.answerWithinMs ?? 5000;
  const callback = webhookCallback(bot, bufferedRequest, {
    ...(checked ? { secretToken: options.secretToken } : {}),
    onTimeout: (_request: IncomingMessage, response: ServerResponse) => {
      if (response.headersSent) return;
      sendJson(response, 503, { error: 'still handling this update; send it again later' }, { 'retry-after': '5' });
      options.onSlowUpdate?.(answerWithinMs);
    },
    timeoutMilliseconds: answerWithinMs,
  });
  options.http.route('POST', url.pathname, (request, response, body) => {
    if (!checked && (!isLoopbackAddress(request.socket.remoteAddress) || carriesForwardingHeader(request.headers))) {
      sendJson(response, 403, { error: 'webhook calls without a secret are taken from this machine only' });
      return;
    }
    return callback(request, response, body);
  });
  await bot.api.setWebhook(options.url, {
    ...(checked ? { secret_token: options.secretToken } : {}),
    allowed_updates: allowedUpdates,
    drop_pending_updates: false,
  });
}
