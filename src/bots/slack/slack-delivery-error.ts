/** Sorts a failed Slack call (Web API or response_url) into a DeliveryError. */
import { DeliveryError } from '../../core/ports/delivery-error.ts';

/** Errors about the user or the conversation, not the message: retrying cannot reach them. */
const recipientGone = new Set([
  'user_not_found',
  'user_disabled',
  'account_inactive',
  'cannot_dm_bot',
  'channel_not_found',
  'is_archived',
  'messages_tab_disabled',
  'not_in_channel',
]);

/** Slack's own trouble, worth another try later. */
const slackTrouble = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

/** An `ok: false` answer's error code as a DeliveryError. */
export function slackRefusal(what: string, slackError: string, cause?: unknown): DeliveryError {
  const kind = recipientGone.has(slackError) ? 'unreachable' : slackTrouble.has(slackError) ? 'transient' : 'refused';
  return new DeliveryError(kind, `Slack refused ${what}: ${slackError}`, { cause });
}

/** An HTTP answer other than 2xx: 429 is a rate limit, 5xx Slack's trouble, anything else a refusal. */
export function slackHttpFailure(what: string, status: number, retryAfterSeconds?: number): DeliveryError {
  if (status === 429) {
    return new DeliveryError('throttled', `Slack rate-limited ${what}`, {
      retryAfterMs: (retryAfterSeconds ?? 1) * 1000,
    });
  }
  return new DeliveryError(status >= 500 ? 'transient' : 'refused', `Slack answered ${what} with HTTP ${status}`);
}

/** A failure thrown by the Web API client (its error `code`s), or by the network under it. */
export function toDeliveryError(what: string, error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const { code, retryAfter, data, statusCode } = error as {
    code?: string;
    retryAfter?: number;
    data?: { error?: string };
    statusCode?: number;
  };
  if (code === 'slack_webapi_rate_limited_error') {
    return new DeliveryError('throttled', `Slack rate-limited ${what} (retry after ${retryAfter} s)`, {
      retryAfterMs: (retryAfter ?? 1) * 1000,
      cause: error,
    });
  }
  if (code === 'slack_webapi_platform_error') return slackRefusal(what, data?.error ?? 'unknown_error', error);
  if (code === 'slack_webapi_http_error') {
    const failure = slackHttpFailure(what, statusCode ?? 0);
    return new DeliveryError(failure.kind, failure.message, { cause: error });
  }
  return new DeliveryError('transient', `Slack unreachable for ${what}: ${(error as Error)?.message}`, {
    cause: error,
  });
}

/** Runs one Web API call; its failure comes back as a DeliveryError. */
export async function webApiCall<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toDeliveryError(what, error);
  }
}
