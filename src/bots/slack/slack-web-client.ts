/** The Web API client finbot uses for Slack: one place for the API URL, timeouts and rate-limit behaviour. */
import { webApi } from '@slack/bolt';
import type { Logger } from '../../infra/logger.ts';
import { toBoltLogger } from './bolt-logger.ts';

export type SlackWebClient = InstanceType<typeof webApi.WebClient>;

export interface SlackClientConfig {
  readonly botToken: string;
  /** `SLACK_API_URL`, e.g. GovSlack's `https://slack-gov.com/api/` or a test server; Slack's own by default. */
  readonly apiUrl?: string;
}

/** Client options shared by Bolt's client and the reply sender. */
export function slackClientOptions(config: Pick<SlackClientConfig, 'apiUrl'>, log: Logger): webApi.WebClientOptions {
  return {
    ...(config.apiUrl ? { slackApiUrl: withTrailingSlash(config.apiUrl) } : {}),
    logger: toBoltLogger(log),
    // A 429 comes back to the caller at once with its Retry-After, so callers decide whether to wait, and no
    // retry after a network error can post a message twice.
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    timeout: 10_000,
  };
}

export function createSlackWebClient(config: SlackClientConfig, log: Logger): SlackWebClient {
  return new webApi.WebClient(config.botToken, slackClientOptions(config, log));
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
