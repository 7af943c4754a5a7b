/**
 * A model call the server failed (a server error, a rate limit, a dropped connection) is tried again in place, a
 * couple of times, before the run sees the failure: a call has no side effects, and retrying only whole runs lost
 * about one question in fifteen to a model failing three calls in ten. A timeout is not retried here (it has
 * already waited the longest the run should), nor is anything the server will refuse again.
 */
import type { ModelClient } from '../core/assistant/model-client.ts';
import { ModelError } from '../core/assistant/model-error.ts';

export interface ModelRetryOptions {
  /** Tries after the first (default 2). */
  readonly retries?: number;
  /** Wait before retry `n` (1-based) when the server named none (default 500 ms, doubling). */
  readonly delayMs?: (retry: number) => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Longest wait in place; a server asking for longer is left to the queue's backoff. */
const maxInPlaceWaitMs = 10_000;

export function retryModelCalls(client: ModelClient, options: ModelRetryOptions = {}): ModelClient {
  const retries = options.retries ?? 2;
  const delayMs = options.delayMs ?? ((retry: number) => 500 * 2 ** (retry - 1));
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  return {
    async respond(request) {
      for (let retry = 1; ; retry++) {
        try {
          return await client.respond(request);
        } catch (error) {
          const wait = error instanceof ModelError ? (error.retryAfterMs ?? delayMs(retry)) : Number.POSITIVE_INFINITY;
          const inPlace =
            error instanceof ModelError && error.retryable && error.code !== 'timeout' && wait <= maxInPlaceWaitMs;
          if (!inPlace || retry > retries) throw error;
          await sleep(wait);
        }
      }
    },
  };
}
