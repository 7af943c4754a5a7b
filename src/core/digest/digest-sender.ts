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
   * platform's shared rate limit (across processes). Failures are DeliveryErrors: `unreachable` when the
   * platform refuses the user for good (blocked the bot, left, deactivated), `throttled` on a rate-limit answer
   * (at once, not waited out: the caller holds every process back), anything else worth a retry.
   */
  send(recipient: DigestRecipient, message: DigestMessage, pace: () => Promise<void>): Promise<void>;
}
