/** The port a platform implements to deliver a digest (text plus an optional chart) to one user directly. */
import type { Platform } from '../domain/user.ts';
import type { DigestChart } from './digest-chart-renderer.ts';

export interface DigestRecipient {
  readonly userId: number;
  readonly platform: Platform;
  /** Telegram: the user id, which is also their private chat id. Slack: "TEAM:USER". */
  readonly platformUserId: string;
}

export interface DigestMessage {
  readonly text: string;
  readonly chart?: DigestChart;
}

export interface DigestSender {
  /**
   * Delivers one digest. Call `pace()` before every platform API call that sends a message: it waits for the
   * platform's shared rate limit (across processes). Throws DigestRecipientUnreachableError when the platform
   * refuses for good (the user blocked the bot, left, or was deactivated), DigestThrottledError on a rate-limit
   * answer, any other error for a failure worth retrying.
   */
  send(recipient: DigestRecipient, message: DigestMessage, pace: () => Promise<void>): Promise<void>;
}

/** The platform refused for good; later digests skip this user until they are marked reachable again. */
export class DigestRecipientUnreachableError extends Error {
  override name = 'DigestRecipientUnreachableError';
}

/** The platform said "too many requests"; nothing was delivered. */
export class DigestThrottledError extends Error {
  override name = 'DigestThrottledError';
  readonly retryAfterMs: number;
  constructor(message: string, retryAfterMs: number) {
    super(message);
    this.retryAfterMs = retryAfterMs;
  }
}
