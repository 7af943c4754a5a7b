/**
 * The scheduler's second half: tells each user about their recorded occurrences. Each message is claimed before it
 * is sent and marked after; a failure puts it back for a later try (with backoff), so none is dropped; a process
 * that dies mid-send leaves a claim that is taken over once stale (the one case a message can arrive twice).
 */

import { recordedBudgetAlerts } from '../budgets/check-budget-alerts.ts';
import { occurrenceSourceKey } from '../domain/recurring-rule.ts';
import type { Platform } from '../domain/user.ts';
import { isDeliveryError } from '../ports/delivery-error.ts';
import type { DirectMessageSenders } from '../ports/direct-message-sender.ts';
import type { LedgerStore } from '../ports/ledger-store.ts';
import type { Clock } from '../time/clock.ts';
import { localToday } from '../time/period.ts';
import { occurrenceNotice } from './occurrence-notice.ts';

export interface NoticeDeps {
  readonly store: LedgerStore;
  /** The wall clock: claims and retries are about real time even when the business clock is pinned. */
  readonly clock: Clock;
  readonly senders: DirectMessageSenders;
  /** A claim older than this is taken to belong to a dead process. */
  readonly staleSendingMs: number;
  /** After this many failed tries a message is given up (and logged through onFailure). */
  readonly maxAttempts: number;
  /** How long to wait before try `attempt + 1`. */
  readonly backoffMs: (attempt: number) => number;
  readonly onFailure?: (occurrenceId: number, error: unknown, final: boolean) => void;
  readonly pageSize?: number;
}

export interface NoticeReport {
  readonly sent: number;
  readonly retrying: number;
  readonly givenUp: number;
}

/** Sends what is waiting now, page by page, until nothing due is left (or 20 pages, the rest at the next tick). */
export async function sendOccurrenceNotices(deps: NoticeDeps): Promise<NoticeReport> {
  const platforms = (Object.keys(deps.senders) as Platform[]).filter((platform) => deps.senders[platform]);
  const report = { sent: 0, retrying: 0, givenUp: 0 };
  for (let page = 0; page < 20; page++) {
    const now = deps.clock.now().toISOString();
    const pending = await deps.store.pendingNotices({
      now,
      staleSendingMs: deps.staleSendingMs,
      platforms,
      limit: deps.pageSize ?? 100,
    });
    if (pending.length === 0) break;
    for (const notice of pending) {
      const sender = deps.senders[notice.platform];
      const token = crypto.randomUUID();
      if (!sender || !(await deps.store.claimNotice(notice.occurrenceId, token, now, deps.staleSendingMs))) continue;
      const user = await deps.store.findUserById(notice.userId);
      const locale = user?.locale ?? 'en';
      const today = localToday(deps.clock, user?.timeZone ?? 'UTC');
      const sourceKey = occurrenceSourceKey(notice.rule.id, notice.occursOn);
      try {
        const alerts = await recordedBudgetAlerts(deps.store, notice.userId, sourceKey);
        await sender.send(
          { userId: notice.userId, platform: notice.platform, platformUserId: notice.platformUserId },
          occurrenceNotice(notice, locale, today, alerts),
        );
      } catch (error) {
        const attempt = notice.attempts + 1;
        const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        if (isDeliveryError(error, 'unreachable') || isDeliveryError(error, 'refused')) {
          const status = isDeliveryError(error, 'unreachable') ? 'unreachable' : 'refused';
          await deps.store.settleNotice(notice.occurrenceId, token, { status, error: message });
          report.givenUp += 1;
          deps.onFailure?.(notice.occurrenceId, error, true);
        } else if (attempt >= deps.maxAttempts && !isDeliveryError(error, 'throttled')) {
          await deps.store.settleNotice(notice.occurrenceId, token, { status: 'failed', error: message });
          report.givenUp += 1;
          deps.onFailure?.(notice.occurrenceId, error, true);
        } else {
          const waitMs = isDeliveryError(error, 'throttled') ? (error.retryAfterMs ?? 1000) : deps.backoffMs(attempt);
          const retryAt = new Date(deps.clock.now().getTime() + waitMs).toISOString();
          await deps.store.settleNotice(notice.occurrenceId, token, { status: 'pending', retryAt, error: message });
          report.retrying += 1;
          deps.onFailure?.(notice.occurrenceId, error, false);
        }
        continue;
      }
      await deps.store.settleNotice(notice.occurrenceId, token, { status: 'sent' });
      report.sent += 1;
    }
  }
  return report;
}
