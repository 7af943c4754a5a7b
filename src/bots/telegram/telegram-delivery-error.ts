/** A delivery Telegram refused or could not take; `permanent` tells the delivery worker not to retry. */
import { GrammyError, HttpError } from 'grammy';

export class TelegramDeliveryError extends Error {
  override name = 'TelegramDeliveryError';
  readonly permanent: boolean;
  readonly retryAfterMs: number | undefined;
  constructor(message: string, options: { permanent: boolean; retryAfterMs?: number; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.permanent = options.permanent;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/**
 * Sorts a failed call: a refusal that will not change (blocked by the user, chat gone, bad request) is
 * permanent; flood limits, Telegram's 5xx and network failures are worth retrying later.
 */
export function toDeliveryError(error: unknown): TelegramDeliveryError {
  if (error instanceof TelegramDeliveryError) return error;
  if (error instanceof GrammyError) {
    const retryAfter = error.parameters.retry_after;
    const transient = error.error_code === 429 || error.error_code >= 500;
    return new TelegramDeliveryError(`Telegram refused ${error.method}: ${error.error_code} ${error.description}`, {
      permanent: !transient,
      ...(retryAfter !== undefined ? { retryAfterMs: retryAfter * 1000 } : {}),
      cause: error,
    });
  }
  if (error instanceof HttpError) {
    return new TelegramDeliveryError(`Telegram unreachable: ${error.message}`, { permanent: false, cause: error });
  }
  return new TelegramDeliveryError(`Telegram delivery failed: ${(error as Error)?.message ?? String(error)}`, {
    permanent: false,
    cause: error,
  });
}
