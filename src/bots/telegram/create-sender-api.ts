/** The Bot API client for replies sent outside an update (model answers, digests): throttled, retries 429s. */
import { autoRetry } from '@grammyjs/auto-retry';
import { Api } from 'grammy';
import { botApiClientOptions } from './bot-api-fetch.ts';
import { type ThrottleOptions, throttleSends } from './outbound-throttle.ts';

export interface SenderApiOptions {
  readonly token: string;
  readonly apiRoot?: string;
  /** Longest retry_after waited out in place; a longer one fails the send (the delivery job retries later). */
  readonly maxRetryAfterSeconds?: number;
  readonly maxRetryAttempts?: number;
  readonly throttle?: ThrottleOptions;
}

export function createSenderApi(options: SenderApiOptions): Api {
  const api = new Api(options.token, botApiClientOptions(options.apiRoot));
  // The last transformer installed runs first: auto-retry wraps the throttle, so every retry is spaced too.
  api.config.use(throttleSends(options.throttle));
  api.config.use(
    autoRetry({
      maxDelaySeconds: options.maxRetryAfterSeconds ?? 60,
      maxRetryAttempts: options.maxRetryAttempts ?? 5,
      rethrowHttpErrors: true,
    }),
  );
  return api;
}
