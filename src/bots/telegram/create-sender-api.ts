/**
 * The Bot API client the Telegram sender sends through (replies outside an update, digests, typing): grammY's
 * `Api` on finbot's HTTP client, spaced within Telegram's flood limits. A 429 comes back to the caller at
 * once: a reply waits it out in place, a digest hands it to its worker, which holds every process back.
 */
import { Api } from 'grammy';
import { botApiClientOptions } from './bot-api-fetch.ts';
import { type ThrottleOptions, throttleSends } from './outbound-throttle.ts';

export interface SenderApiOptions {
  readonly token: string;
  /** TELEGRAM_API_ROOT: another Bot API server (a local one, or a test fake). */
  readonly apiRoot?: string;
  readonly throttle?: ThrottleOptions;
}

export function createSenderApi(options: SenderApiOptions): Api {
  // A reply or digest that has had no answer in 30 s is retried by its job, not waited on.
  const api = new Api(options.token, botApiClientOptions(options.apiRoot, 30));
  api.config.use(throttleSends(options.throttle));
  return api;
}
