/**
 * A Bot API call made while handling an update (a quick-add's confirmation) that fails on the network — a
 * connection reset, a refused connect — is tried again a few times, soon, before the reply is given up: the
 * update is already stored, so a reply lost here is never sent. Bounded, unlike auto-retry's own network
 * retries, which go on for ever and hold the chat's queue; getUpdates is left to polling's own retries.
 */
import { HttpError, type Transformer } from 'grammy';

export interface NetworkRetryOptions {
  /** Tries after the first (default 3). */
  readonly retries?: number;
  /** Wait before the first retry; doubles after each (default 300 ms). */
  readonly firstDelayMs?: number;
}

export function retryNetworkErrors(options: NetworkRetryOptions = {}): Transformer {
  const retries = options.retries ?? 3;
  const firstDelayMs = options.firstDelayMs ?? 300;
  return async (prev, method, payload, signal) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await prev(method, payload, signal);
      } catch (error) {
        const retryable = error instanceof HttpError && method !== 'getUpdates' && !signal?.aborted;
        if (!retryable || attempt >= retries) throw error;
        await new Promise((resolve) => setTimeout(resolve, firstDelayMs * 2 ** attempt));
      }
    }
  };
}
