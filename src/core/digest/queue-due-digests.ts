/** One scheduler tick: pages through opted-in users and hands over each one whose digest is due to be queued. */
import type { Platform } from '../domain/user.ts';
import type { DigestStore } from '../ports/digest-store.ts';
import type { LedgerStore } from '../ports/ledger-store.ts';
import type { Clock } from '../time/clock.ts';
import type { DigestDeliveryStatus } from './digest-delivery.ts';
import { digestDue } from './digest-due.ts';
import { type DigestSendAt, parseDigestSendAt } from './digest-send-at.ts';

/** One user's digest of one ISO week, to be sent on their platform. */
export interface DueDigest {
  readonly userId: number;
  readonly week: string;
  readonly platform: Platform;
}

export interface DigestTickDeps {
  readonly store: Pick<LedgerStore, 'listUsers'> & Pick<DigestStore, 'findDigestRecipients' | 'findDigestDeliveries'>;
  readonly clock: Clock;
  /** DIGEST_SEND_AT, for users without their own time. */
  readonly defaultSendAt: DigestSendAt;
  /** Platforms with a digest sender; users elsewhere (the terminal chat) get none. */
  readonly platforms: ReadonlyArray<Platform>;
  /**
   * Queues the digests' send jobs; a digest with a live job is left alone. Digests whose delivery was started but
   * never settled come again (say a job ran out of attempts while another held the claim): the claim sends once.
   */
  readonly enqueue: (digests: ReadonlyArray<DueDigest>) => Promise<void>;
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
const settledStatuses = new Set<DigestDeliveryStatus>(['sent', 'failed', 'unreachable', 'uncertain']);

export async function queueDueDigests(deps: DigestTickDeps): Promise<DigestTickReport> {
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
    const settings = await deps.store.findDigestRecipients(candidates.map((user) => user.id));
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
    const jobs: DueDigest[] = [];
    for (const [week, dueUsers] of byWeek) {
      const deliveries = await deps.store.findDigestDeliveries(
        week,
        dueUsers.map((user) => user.id),
      );
      for (const user of dueUsers) {
        const status = deliveries.get(user.id)?.status;
        if (status && settledStatuses.has(status)) settled++;
        else jobs.push({ userId: user.id, week, platform: user.platform });
      }
    }
    if (jobs.length > 0) await deps.enqueue(jobs);
    enqueued += jobs.length;
    if (users.length < pageSize) break;
  }
  return { scanned, due, settled, enqueued };
}
