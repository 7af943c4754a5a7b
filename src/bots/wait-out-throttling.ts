/**
 * Tries a reply's send again after a short rate-limit wait, in place: a reply sent in pieces must not start
 * over (and repeat its first pieces) for a wait of a second or two. A longer wait goes back to the caller.
 */
import { isDeliveryError } from '../core/ports/delivery-error.ts';

export interface WaitOutOptions {
  /** Longest retry-after waited in place; a longer one is thrown for the delivery job to wait instead. */
  readonly maxWaitMs: number;
  /** Tries, counting the first. */
  readonly maxAttempts: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly onWait?: (retryAfterMs: number, attempt: number) => void;
}

/** `send` must fail with DeliveryErrors; only `throttled` ones are tried again. */
export async function waitOutThrottling<T>(send: () => Promise<T>, options: WaitOutOptions): Promise<T> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await send();
    } catch (error) {
      if (!isDeliveryError(error, 'throttled')) throw error;
      const wait = error.retryAfterMs ?? 1000;
      if (attempt >= options.maxAttempts || wait > options.maxWaitMs) throw error;
      options.onWait?.(wait, attempt);
      await sleep(wait);
    }
  }
}
