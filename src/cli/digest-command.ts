/** `finbot digest`: shows (--dry-run) or queues the weekly digests of a week, for everyone or one user. */
import { buildDigest, buildDigests } from '../core/digest/build-digests.ts';
import type { DigestDelivery, DigestRecipientSettings } from '../core/digest/digest-delivery.ts';
import { renderDigestText } from '../core/digest/render-digest-text.ts';
import type { WeeklyDigest } from '../core/digest/weekly-digest.ts';
import type { Platform, User } from '../core/domain/user.ts';
import { formatMoney } from '../core/money/money.ts';
import type { LedgerStore } from '../core/ports/ledger-store.ts';
import { isoWeekPeriod } from '../core/time/period.ts';
import type { DigestJobData } from '../jobs/digest/digest-job.ts';
import type { DigestProducer } from '../jobs/digest/digest-producer.ts';
import { CliError, findCliUser } from './find-cli-user.ts';

export interface DigestCommandDeps {
  readonly store: LedgerStore;
  /** Queues send jobs for the running workers; needed unless --dry-run. */
  readonly producer?: Pick<DigestProducer, 'enqueue'>;
  /** Platforms with a digest sender configured (default: telegram and slack). */
  readonly platforms?: ReadonlyArray<Platform>;
}

export interface DigestCommandOptions {
  readonly week: string;
  readonly user?: string;
  readonly dryRun: boolean;
}

type Verdict = { send: true; manual: boolean; note: string } | { send: false; note: string };

const pageSize = 500;

export async function digestCommand(deps: DigestCommandDeps, options: DigestCommandOptions): Promise<string> {
  const week = options.week.trim().toUpperCase();
  if (!isoWeekPeriod(week)) throw new CliError(`--week "${options.week}" is not an ISO week like 2026-W47.`);
  if (!options.dryRun && !deps.producer) throw new CliError('Queueing digests needs Redis (REDIS_URL).');
  const platforms = deps.platforms ?? ['telegram', 'slack'];
  const lines: string[] = [];
  const queued: Array<DigestJobData & { platform: Platform }> = [];
  const tally = new Map<string, number>();

  const judge = async (users: ReadonlyArray<User>, single: boolean) => {
    const ids = users.map((user) => user.id);
    // A dry run over everyone says what each digest would hold, from a few grouped queries per page.
    const overview = options.dryRun && !single ? await buildDigests(deps.store, users, week) : undefined;
    const deliveries = await deps.store.findDigestDeliveries(week, ids);
    const settings = await deps.store.findDigestRecipients(ids);
    for (const [index, user] of users.entries()) {
      const verdict = verdictFor(user, deliveries.get(user.id), settings.get(user.id), platforms, single);
      const key = verdict.send ? (options.dryRun ? 'would send' : 'queued') : (verdict.note.split(' (')[0] ?? '');
      tally.set(key, (tally.get(key) ?? 0) + 1);
      const digest = overview?.[index];
      const holds = digest ? `  (${digestSummary(digest, user)})` : '';
      lines.push(`${user.platform}:${user.platformUserId}  ${verdict.send ? key : verdict.note}${holds}`);
      if (single && options.dryRun) {
        lines.push('', renderDigestText(await buildDigest(deps.store, user, week), user));
      }
      if (verdict.send && !options.dryRun) {
        queued.push({ userId: user.id, week, platform: user.platform, ...(verdict.manual ? { manual: true } : {}) });
      }
    }
  };

  if (options.user) {
    await judge([await findCliUser(deps.store, options.user)], true);
  } else {
    let afterId = 0;
    for (;;) {
      const users = await deps.store.listUsers({ afterId, limit: pageSize, digestEnabled: true });
      if (users.length === 0) break;
      await judge(users, false);
      afterId = users[users.length - 1]?.id ?? afterId;
      if (users.length < pageSize) break;
    }
  }
  if (queued.length > 0) await deps.producer?.enqueue(queued);

  const summary = [...tally].map(([key, count]) => `${count} ${key}`).join(', ') || 'no users with digests on';
  const tail = options.dryRun
    ? `Dry run for ${week}: ${summary}. Nothing was sent.`
    : `${week}: ${summary}.${queued.length > 0 ? ' Running workers (finbot start) send the queued digests.' : ''}`;
  return [...lines, '', tail].join('\n').replace(/^\n/, '');
}

function digestSummary(digest: WeeklyDigest, user: User): string {
  if (digest.currencies.length === 0) return 'no expenses';
  return digest.currencies
    .map((block) => {
      const count = block.total.count === 1 ? '1 expense' : `${block.total.count} expenses`;
      return `${formatMoney({ minor: block.total.minor, currency: block.currency }, user.locale)} in ${count}`;
    })
    .join(', ');
}

/** Whether to send; an operator naming one user may resend a failed or uncertain delivery, never a sent one. */
function verdictFor(
  user: User,
  delivery: DigestDelivery | undefined,
  settings: DigestRecipientSettings | undefined,
  platforms: ReadonlyArray<Platform>,
  single: boolean,
): Verdict {
  if (!user.digestEnabled) return { send: false, note: 'digest off' };
  if (!platforms.includes(user.platform)) return { send: false, note: `no digest sender for ${user.platform}` };
  if (settings?.unreachable) {
    return { send: false, note: `unreachable (${settings.unreachableReason ?? 'refused by the platform'})` };
  }
  switch (delivery?.status) {
    case undefined:
    case 'released':
      return { send: true, manual: false, note: '' };
    case 'sent':
      return { send: false, note: `already sent (${delivery.sentAt ?? delivery.claimedAt})` };
    case 'claimed':
    case 'sending':
      return { send: false, note: `being sent (since ${delivery.claimedAt})` };
    case 'failed':
    case 'uncertain':
      return single
        ? { send: true, manual: true, note: '' }
        : { send: false, note: `${delivery.status} (${delivery.error ?? 'no detail'}; resend with --user)` };
    case 'unreachable':
      return { send: false, note: `unreachable (${delivery.error ?? 'refused by the platform'})` };
  }
}
