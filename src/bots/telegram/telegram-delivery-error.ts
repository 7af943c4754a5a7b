/** Sorts a failed Bot API call into a DeliveryError: rate limit, user out of reach, message refused, or transient. */
import { GrammyError, HttpError } from 'grammy';
import { DeliveryError } from '../../core/ports/delivery-error.ts';

/** 400 answers about the chat itself, not the message: it is gone, or the user was deactivated. */
const chatGone = /chat not found|user is deactivated|PEER_ID_INVALID/i;

export function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  if (error instanceof GrammyError) {
    const what = `Telegram refused ${error.method}: ${error.error_code} ${error.description}`;
    if (error.error_code === 429) {
      return new DeliveryError('throttled', what, {
        retryAfterMs: (error.parameters.retry_after ?? 1) * 1000,
        cause: error,
      });
    }
    if (error.error_code >= 500) return new DeliveryError('transient', what, { cause: error });
    // 403: blocked by the user, user deactivated, kicked from the group.
    if (error.error_code === 403 || (error.error_code === 400 && chatGone.test(error.description))) {
      return new DeliveryError('unreachable', what, { cause: error });
    }
    return new DeliveryError('refused', what, { cause: error });
  }
  if (error instanceof HttpError) {
    return new DeliveryError('transient', `Telegram unreachable: ${error.message}`, { cause: error });
  }
  return new DeliveryError('transient', `Telegram delivery failed: ${(error as Error)?.message ?? String(error)}`, {
    cause: error,
  });
}

/** Runs one Bot API call; its failure comes back as a DeliveryError. */
export async function botApiCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toDeliveryError(error);
  }
}
