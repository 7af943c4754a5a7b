/** One scheduler tick: pages through opted-in users and queues a send job for each whose digest is due. */
import type { Kysely } from 'kysely';
import { digestDue } from '../../core/digest/digest-due.ts';
import { type DigestSendAt, parseDigestSendAt } from '../../core/digest/digest-send-at.ts';
import type { Platform } from '../../core/domain/user.ts';
import type { LedgerStore } from '../../core/ports/ledger-store.ts';
import type { Clock } from '../../core/time/clock.ts';
import { findDigestDeliveries } from '../../storage/digest-delivery-repository.ts';
import { findDigestRecipients } from '../../storage/digest-recipient-repository.ts';
import type { DigestJobData } from './digest-job.ts';

export interface DigestTickDeps {
  // biome-ignore lint/suspicious/noExplicitAny: any schema holding users and the digest tables
  readonly db: Kysely<any>;
  readonly store: LedgerStore;
  readonly clock: Clock;
  /** DIGEST_SEND_AT, for users without their own time. */
  readonly defaultSendAt: DigestSendAt;
  /** Platforms with a digest sender; users elsewhere (the terminal chat) get none. */
  readonly platforms: ReadonlyArray<Platform>;
  /** Queues the jobs (deduplicated by job id). */
  readonly enqueue: (jobs: ReadonlyArray<DigestJobData & { readonly platform: Platform }>) => Promise<void>;
  /**
   * Queues again digests whose delivery was started but never settled, after dropping a finished job of the same
   * id (e.g. one that ran out of attempts while another attempt held the claim); an active or waiting job stays.
   */
  readonly requeue?: (jobs: ReadonlyArray<DigestJobData & { readonly platform: Platform }>) => Promise<void>;
  readonly pageSize?: number;
  /** How long after the send time a digest still goes out (default 24 hours). */
  readonly catchUpMs?: number;
}

export interface DigestTickReport {
  readonly scanned: number;
  readonly due: number;
  /** Due but done already (sent, failed for good, unreachable, or uncertain) or the user is marked unreachable. */
  readonly settled: number;
  readonly enqueued: number;
}

/** Final statuses: a tick never queues these again (an operator can, with `finbot digest`). */
const settledStatuses = new Set(['sent', 'failed', 'unreachable', 'uncertain']);

export async function runDigestTick(deps: DigestTickDeps): Promise<DigestTickReport> {
  const pageSize = deps.pageSize ?? 500;
  let afterId = 0;
  let scanned = 0;
  let due = 0;
  let settled = 0;
  let enqueued = 0;
  for (;;) {
    const users = await deps.store.listUsers({ afterId, limit: pageSize, digestEnabled: true });
    if (users.length === 0) break;
    afterId = users[users.length - 1]?.id ?? afterId;
    scanned += users.length;
    const candidates = users.filter((user) => deps.platforms.includes(user.platform));
    const settings = await findDigestRecipients(
      deps.db,
      candidates.map((user) => user.id),
    );
    const byWeek = new Map<string, Array<{ id: number; platform: Platform }>>();
    for (const user of candidates) {
      const own = settings.get(user.id);
      if (own?.unreachable) {
        settled++;
        continue;
      }
      const sendAt = (own?.sendAt ? parseDigestSendAt(own.sendAt) : undefined) ?? deps.defaultSendAt;
      const check = digestDue(user, sendAt, deps.clock, deps.catchUpMs);
      if (!check.due) continue;
      due++;
      byWeek.set(check.week, [...(byWeek.get(check.week) ?? []), { id: user.id, platform: user.platform }]);
    }
    const jobs: Array<DigestJobData & { platform: Platform }> = [];
    const unsettled: Array<DigestJobData & { platform: Platform }> = [];
    for (const [week, dueUsers] of byWeek) {
      const deliveries = await findDigestDeliveries(
        deps.db,
        week,
        dueUsers.map((user) => user.id),
      );
      for (const user of dueUsers) {
        const status = deliveries.get(user.id)?.status;
        if (status && settledStatuses.has(status)) settled++;
        else if (status && deps.requeue) unsettled.push({ userId: user.id, week, platform: user.platform });
        else jobs.push({ userId: user.id, week, platform: user.platform });
      }
    }
    if (jobs.length > 0) await deps.enqueue(jobs);
    if (unsettled.length > 0) await deps.requeue?.(unsettled);
    enqueued += jobs.length + unsettled.length;
    if (users.length < pageSize) break;
  }
  return { scanned, due, settled, enqueued };
}
