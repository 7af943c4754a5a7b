/**
 * Why a platform did not take a message: the one error every sender throws, and all the delivery and digest
 * workers read of a failed send.
 */

export type DeliveryErrorKind =
  /** The platform said "too many requests" and took nothing; the same send may go after `retryAfterMs`. */
  | 'throttled'
  /** The recipient is out of reach for good: the user blocked the bot, left or was deactivated, or the chat is gone. */
  | 'unreachable'
  /** The platform will never take this message (a request it rejects, an expired response_url), whoever gets it. */
  | 'refused'
  /** The platform failed (5xx) or could not be reached in time: the same send may succeed later. */
  | 'transient';

export class DeliveryError extends Error {
  override name = 'DeliveryError';
  readonly kind: DeliveryErrorKind;
  /** How long the platform asked to be left alone (`throttled` only). */
  readonly retryAfterMs: number | undefined;

  constructor(kind: DeliveryErrorKind, message: string, options: { retryAfterMs?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.kind = kind;
    this.retryAfterMs = options.retryAfterMs;
  }

  /** Sending again can never deliver this message: the delivery is refused for good, not retried. */
  get permanent(): boolean {
    return this.kind === 'unreachable' || this.kind === 'refused';
  }
}

/** A send that failed with `kind`. */
export function isDeliveryError(error: unknown, kind: DeliveryErrorKind): error is DeliveryError {
  return error instanceof DeliveryError && error.kind === kind;
}
