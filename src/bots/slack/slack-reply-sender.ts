/** Delivers core replies to Slack later than the ack: through a response_url, or with chat.postMessage/update. */
import type { Logger } from '../../app/logger.ts';
import type { ReplySender, ReplyTarget } from '../../core/ports/reply-sender.ts';
import type { Reply } from '../../core/service/inbound-message.ts';
import { renderReply, type SlackMessage } from './render-blocks.ts';
import { SlackDeliveryError } from './slack-delivery-error.ts';
import type { SlackWebClient } from './slack-web-client.ts';

export interface SlackReplySenderOptions {
  /** A client from `createSlackWebClient` (429s must come back to the caller, not be retried inside). */
  readonly client: SlackWebClient;
  readonly log: Logger;
  /** Longest Retry-After waited out in place; a longer one throws a retryable `rate_limited` error. */
  readonly maxWaitSeconds?: number;
  /** Tries per send, counting the first. */
  readonly maxAttempts?: number;
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number) => Promise<void>;
}

const responseUrlTimeoutMs = 10_000;

/** Builds the sender; `send` resolves once Slack accepted the message, and posts it at most once. */
export function createSlackReplySender(options: SlackReplySenderOptions): ReplySender {
  const { client, log } = options;
  const maxWaitSeconds = options.maxWaitSeconds ?? 60;
  const maxAttempts = options.maxAttempts ?? 4;
  const fetchFn = options.fetch ?? globalThis.fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  async function withRateLimits(method: string, call: () => Promise<void>): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await call();
        return;
      } catch (error) {
        const retryAfter = rateLimitSeconds(error);
        if (retryAfter === undefined) throw error;
        if (attempt >= maxAttempts || retryAfter > maxWaitSeconds) {
          throw new SlackDeliveryError('rate_limited', `Slack rate-limited ${method} (retry after ${retryAfter} s)`, {
            retryable: true,
            retryAfterMs: retryAfter * 1000,
            cause: error,
          });
        }
        log.warn({ method, retryAfter, attempt }, 'slack rate limit: waiting before the next try');
        await sleep(retryAfter * 1000);
      }
    }
  }

  async function postToResponseUrl(url: string, body: object): Promise<void> {
    let response: Response;
    let text: string;
    try {
      response = await fetchFn(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(body),
        redirect: 'error',
        signal: AbortSignal.timeout(responseUrlTimeoutMs),
      });
      text = await response.text();
    } catch (error) {
      throw new SlackDeliveryError('network_error', `response_url unreachable: ${(error as Error).message}`, {
        retryable: true,
        cause: error,
      });
    }
    if (response.status === 429) throw new RateLimited(retryAfterHeader(response.headers.get('retry-after')));
    if (response.status === 404 || response.status === 410 || /expired_url|used_url/.test(text)) {
      throw new SlackDeliveryError('expired_url', `response_url refused the reply (${response.status} ${text})`, {
        retryable: false,
      });
    }
    if (!response.ok) {
      throw new SlackDeliveryError('http_error', `response_url answered ${response.status}`, {
        retryable: response.status >= 500,
      });
    }
    const error = platformError(text);
    if (error) throw new SlackDeliveryError('platform_error', `response_url answered ${error}`, { retryable: false });
  }

  async function postMessage(channel: string, message: SlackMessage, threadTs?: string): Promise<void> {
    await withRateLimits('chat.postMessage', () =>
      webApiCall(() =>
        client.chat.postMessage({
          channel,
          text: message.text,
          blocks: message.blocks,
          unfurl_links: false,
          unfurl_media: false,
          ...(threadTs ? { thread_ts: threadTs } : {}),
        }),
      ),
    );
  }

  return {
    async send(target: ReplyTarget, reply: Reply): Promise<void> {
      if (target.platform !== 'slack') {
        throw new SlackDeliveryError('no_address', `not a Slack target (${target.platform})`, { retryable: false });
      }
      const { responseUrl, replaceOriginal, userId, channel, threadTs, ts } = target.address;
      const message = renderReply(reply);
      if (responseUrl) {
        const body =
          replaceOriginal === 'true'
            ? { replace_original: true, text: message.text, blocks: message.blocks }
            : { response_type: 'ephemeral', replace_original: false, text: message.text, blocks: message.blocks };
        try {
          await withRateLimits('response_url', () => postToResponseUrl(responseUrl, body));
          return;
        } catch (error) {
          if (!(error instanceof SlackDeliveryError && error.code === 'expired_url' && userId)) throw error;
          // The question outlived its response_url: the answer still reaches the user, in the app's DM.
          log.info({ kind: reply.kind }, 'slack response_url expired; delivering to the DM instead');
          await postMessage(userId, message);
          return;
        }
      }
      if (channel && ts) {
        await withRateLimits('chat.update', () =>
          webApiCall(() => client.chat.update({ channel, ts, text: message.text, blocks: message.blocks })),
        );
        return;
      }
      if (channel) {
        await postMessage(channel, message, threadTs);
        return;
      }
      throw new SlackDeliveryError('no_address', 'the reply target has neither responseUrl nor channel', {
        retryable: false,
      });
    },
  };
}

/** A 429 from a response_url, shaped like the Web API client's rate-limit error. */
class RateLimited extends Error {
  readonly code = 'slack_webapi_rate_limited_error';
  readonly retryAfter: number;
  constructor(retryAfter: number) {
    super(`rate limited for ${retryAfter} s`);
    this.retryAfter = retryAfter;
  }
}

/** Runs a Web API call, turning its failures (other than 429, handled by the caller) into delivery errors. */
async function webApiCall(call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    if (rateLimitSeconds(error) !== undefined) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'slack_webapi_platform_error') {
      const slackError = (error as { data?: { error?: string } }).data?.error ?? 'unknown_error';
      throw new SlackDeliveryError('platform_error', `Slack refused the message: ${slackError}`, {
        retryable:
          slackError === 'internal_error' || slackError === 'fatal_error' || slackError === 'service_unavailable',
        cause: error,
      });
    }
    if (code === 'slack_webapi_http_error') {
      const status = (error as { statusCode?: number }).statusCode ?? 0;
      throw new SlackDeliveryError('http_error', `Slack answered HTTP ${status}`, {
        retryable: status >= 500,
        cause: error,
      });
    }
    if (code === 'slack_webapi_request_error') {
      throw new SlackDeliveryError('network_error', `Slack unreachable: ${(error as Error).message}`, {
        retryable: true,
        cause: error,
      });
    }
    throw error;
  }
}

function rateLimitSeconds(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, retryAfter } = error as { code?: unknown; retryAfter?: unknown };
  return code === 'slack_webapi_rate_limited_error' && typeof retryAfter === 'number' ? retryAfter : undefined;
}

function retryAfterHeader(value: string | null): number {
  const seconds = Number.parseInt(value ?? '', 10);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : 1;
}

/** A response_url answers "ok" or JSON; JSON with `ok: false` is a refusal. */
function platformError(text: string): string | undefined {
  if (!text.trimStart().startsWith('{')) return undefined;
  try {
    const body = JSON.parse(text) as { ok?: boolean; error?: string };
    return body.ok === false ? (body.error ?? 'unknown_error') : undefined;
  } catch {
    return undefined;
  }
}
