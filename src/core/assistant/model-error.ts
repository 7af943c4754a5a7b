/** A failed model call, saying whether trying again later can help, so the queue knows to retry or give up. */

export interface ModelErrorDetails {
  /** True for rate limits, server errors, timeouts and dropped connections. */
  readonly retryable: boolean;
  /** HTTP status when the server answered; undefined for timeouts and connection failures. */
  readonly status?: number;
  /** A stable short reason: 'rate_limited', 'server_error', 'timeout', 'connection', 'bad_request', 'bad_response' … */
  readonly code: string;
  /** How long the server asked us to wait (Retry-After), when it said. */
  readonly retryAfterMs?: number;
  readonly cause?: unknown;
}

export class ModelError extends Error {
  override name = 'ModelError';
  readonly retryable: boolean;
  readonly status: number | undefined;
  readonly code: string;
  readonly retryAfterMs: number | undefined;

  constructor(message: string, details: ModelErrorDetails) {
    super(message, { cause: details.cause });
    this.retryable = details.retryable;
    this.status = details.status;
    this.code = details.code;
    this.retryAfterMs = details.retryAfterMs;
  }
}
