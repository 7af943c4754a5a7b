/**
 * A message whose handling failed because the database was out of reach is handled again, as it is, until the
 * database answers or `withinMs` has passed: every message claims its key in its own transaction, so a retry
 * never does anything twice, and a short outage costs the user a delay instead of "please send that again".
 */
import type { MessageHandler } from './handle-message.ts';

export interface UnavailableRetry {
  /** True for a failure that may pass by itself (the store's driver knows which). */
  readonly isUnavailable: (error: unknown) => boolean;
  /** How long a message keeps being retried before its failure is reported. */
  readonly withinMs: number;
  /** Told of each failure that will be retried. */
  readonly onRetry?: (error: unknown, attempt: number) => void;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => number;
}

/** First wait between tries; it doubles up to `maxWaitMs`. */
const firstWaitMs = 250;
const maxWaitMs = 4000;

export function retryWhileUnavailable(handle: MessageHandler, retry: UnavailableRetry): MessageHandler {
  const sleep = retry.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = retry.now ?? Date.now;
  return async (message) => {
    const giveUpAt = now() + retry.withinMs;
    for (let attempt = 1; ; attempt++) {
      try {
        return await handle(message);
      } catch (error) {
        const wait = Math.min(maxWaitMs, firstWaitMs * 2 ** (attempt - 1));
        if (!retry.isUnavailable(error) || now() + wait > giveUpAt) throw error;
        retry.onRetry?.(error, attempt);
        await sleep(wait);
      }
    }
  };
}
