/** Sends one user's digest for one week at most once: claim the (user, week) row, build, send, mark sent. */
import type { BudgetStore } from '../budgets/budget-store.ts';
import type { Platform } from '../domain/user.ts';
import { isDeliveryError } from '../ports/delivery-error.ts';
import type { DigestStore } from '../ports/digest-store.ts';
import type { LedgerStore } from '../ports/ledger-store.ts';
import type { Clock } from '../time/clock.ts';
import { localToday } from '../time/period.ts';
import { buildDigest } from './build-digests.ts';
import { digestBudgetLines } from './digest-budgets.ts';
import type { DigestChart, DigestChartRenderer } from './digest-chart-renderer.ts';
import type { DigestDeliveryStatus } from './digest-delivery.ts';
import type { DigestRecipient, DigestSender } from './digest-sender.ts';
import { renderDigestText } from './render-digest-text.ts';

export type DigestSenders = Partial<Record<Platform, DigestSender>>;

export interface SendDigestDeps {
  readonly store: Pick<LedgerStore, 'findUserById'> & DigestStore & BudgetStore;
  readonly clock: Clock;
  readonly senders: DigestSenders;
  readonly chart?: DigestChartRenderer;
  /** Waits for the platform's shared rate limit before each API call. */
  readonly pace: (recipient: DigestRecipient) => Promise<void>;
  readonly staleClaimMs: number;
  readonly staleSendingMs: number;
  /** A chart that fails to render is left out rather than holding up the digest. */
  readonly onChartError?: (error: unknown) => void;
}

export interface SendDigestRequest {
  readonly userId: number;
  readonly week: string;
  /** Unique per attempt. */
  readonly token: string;
  /** No attempt follows this one: a failure is final. */
  readonly lastAttempt: boolean;
  /** An operator's resend may take over `failed` and `uncertain` rows too. */
  readonly reclaim?: ReadonlyArray<DigestDeliveryStatus>;
}

export type SendDigestOutcome =
  | { readonly status: 'sent'; readonly withChart: boolean }
  | { readonly status: 'unreachable'; readonly reason: string }
  /** Nothing to do: the user is gone, opted out, unreachable, on a platform without a sender, or it was done before. */
  | { readonly status: 'skipped'; readonly reason: string };

class ClaimLostError extends Error {
  override name = 'ClaimLostError';
}

/** Another attempt holds the claim right now; try again later. */
export class DigestClaimBusyError extends Error {
  override name = 'DigestClaimBusyError';
}

/**
 * One attempt. Throws on a failure worth retrying (after giving the claim back, or marking it failed on the last
 * attempt) and DigestClaimBusyError while another attempt holds the claim; returns what happened otherwise.
 */
export async function sendDigest(deps: SendDigestDeps, request: SendDigestRequest): Promise<SendDigestOutcome> {
  const { userId, week, token } = request;
  const user = await deps.store.findUserById(userId);
  if (!user) return { status: 'skipped', reason: 'no such user' };
  if (!user.digestEnabled) return { status: 'skipped', reason: 'digest off' };
  const sender = deps.senders[user.platform];
  if (!sender) return { status: 'skipped', reason: `no digest sender for ${user.platform}` };
  const settings = (await deps.store.findDigestRecipients([userId])).get(userId);
  if (settings?.unreachable) return { status: 'skipped', reason: 'unreachable' };

  const claim = await deps.store.claimDigestDelivery({
    userId,
    week,
    token,
    now: deps.clock.now().toISOString(),
    staleClaimMs: deps.staleClaimMs,
    staleSendingMs: deps.staleSendingMs,
    reclaim: request.reclaim,
  });
  if (!claim.claimed) {
    if (claim.status === 'claimed' || claim.status === 'sending') {
      throw new DigestClaimBusyError(`digest ${userId}/${week} is being sent by another attempt`);
    }
    return { status: 'skipped', reason: `already ${claim.status}` };
  }

  let chart: DigestChart | undefined;
  let text: string;
  try {
    const digest = await buildDigest(deps.store, user, week);
    const budgets = await digestBudgetLines(deps.store, user, week, localToday(deps.clock, user.timeZone));
    text = [renderDigestText(digest, user), ...(budgets.length > 0 ? ['', ...budgets] : [])].join('\n');
    if (deps.chart) {
      try {
        chart = await deps.chart.render(digest, user);
      } catch (error) {
        deps.onChartError?.(error);
      }
    }
  } catch (error) {
    await deps.store.releaseDigestClaim(userId, week, token, describe(error), request.lastAttempt);
    throw error;
  }

  const recipient: DigestRecipient = { userId, platform: user.platform, platformUserId: user.platformUserId };
  // The claim turns `sending` only once the platform's rate limit lets the first message go: a crash while
  // waiting for that slot leaves a plain claim, which is safe to take over; a crash after it may have delivered.
  let sending = false;
  const pace = async () => {
    await deps.pace(recipient);
    if (sending) return;
    if (!(await deps.store.markDigestSending(userId, week, token))) throw new ClaimLostError();
    sending = true;
  };
  try {
    await sender.send(recipient, { text, ...(chart ? { chart } : {}) }, pace);
  } catch (error) {
    // Taken over while building or waiting (slower than staleClaimMs): the new holder sends it.
    if (error instanceof ClaimLostError) return { status: 'skipped', reason: 'claim taken over' };
    if (isDeliveryError(error, 'unreachable')) {
      const reason = error.message;
      await deps.store.markDigestUnreachable(userId, week, token, reason);
      await deps.store.markDigestRecipientUnreachable(userId, reason, deps.clock.now().toISOString());
      return { status: 'unreachable', reason };
    }
    // Throttling costs no attempt (the job is put back by the rate limiter), so it never fails the delivery.
    const final = request.lastAttempt && !isDeliveryError(error, 'throttled');
    await deps.store.releaseDigestClaim(userId, week, token, describe(error), final);
    throw error;
  }
  await deps.store.markDigestSent(userId, week, token, deps.clock.now().toISOString());
  return { status: 'sent', withChart: chart !== undefined };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
