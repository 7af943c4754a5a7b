/** The port a platform implements to hand a user a file: a Telegram document, a file in the Slack DM, a file on disk. */
import type { ReplyTarget } from '../domain/reply-target.ts';
import type { Platform } from '../domain/user.ts';
import type { ReportFile } from '../reports/report-file.ts';

export interface FileRecipient {
  readonly userId: number;
  readonly platform: Platform;
  /** Telegram: the user id, which is also their private chat id. Slack: "TEAM:USER". */
  readonly platformUserId: string;
  /** Where the asking message came from, when known. */
  readonly replyTarget: ReplyTarget | null;
}

export interface FileSender {
  /**
   * Delivers `file` with `caption` to the user directly. Failures are DeliveryErrors: `unreachable` / `refused`
   * for good, `throttled` with the platform's wait, anything else worth a retry.
   */
  send(recipient: FileRecipient, file: ReportFile, caption: string): Promise<void>;
}
