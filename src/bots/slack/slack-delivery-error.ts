/** Why a reply could not be delivered to Slack, and whether trying again later can help. */

export type SlackDeliveryErrorCode =
  /** Slack said 429 for longer than the sender waits in place; try again after `retryAfterMs`. */
  | 'rate_limited'
  /** The response_url expired (30 minutes) or was used up (5 uses), and there was no one to DM instead. */
  | 'expired_url'
  /** The Web API answered `ok: false` (e.g. channel_not_found, not_in_channel). */
  | 'platform_error'
  /** An HTTP status other than 2xx/429 (5xx is worth a retry). */
  | 'http_error'
  /** Slack could not be reached or did not answer in time (the message may or may not have arrived). */
  | 'network_error'
  /** The reply target holds neither a response_url nor a channel. */
  | 'no_address';

export class SlackDeliveryError extends Error {
  override name = 'SlackDeliveryError';
  readonly code: SlackDeliveryErrorCode;
  /** True when the same send may succeed later. */
  readonly retryable: boolean;
  /** The opposite, as the delivery worker reads it: trying again can never succeed (the job fails for good). */
  readonly permanent: boolean;
  readonly retryAfterMs: number | undefined;

  constructor(
    code: SlackDeliveryErrorCode,
    message: string,
    options: { retryable: boolean; retryAfterMs?: number; cause?: unknown },
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable;
    this.permanent = !options.retryable;
    this.retryAfterMs = options.retryAfterMs;
  }
}
