/** Storage of weekly digests: what they are built from, per-user settings, and the send-once delivery claims. */
import type { DigestInputs } from '../digest/assemble-digest.ts';
import type {
  DigestClaim,
  DigestClaimRequest,
  DigestDelivery,
  DigestDeliveryStatus,
  DigestRecipientSettings,
} from '../digest/digest-delivery.ts';
import type { DigestSendAt } from '../digest/digest-send-at.ts';
import type { DigestWeek } from '../digest/digest-week.ts';

export interface DigestStore {
  /**
   * The sums a digest is made of, for many users with a few grouped queries; users absent from the map spent
   * nothing that week.
   */
  digestInputs(userIds: ReadonlyArray<number>, week: DigestWeek): Promise<Map<number, DigestInputs>>;

  /** The user's own weekly digest time; undefined when they follow the deployment's default. */
  findDigestSendAt(userId: number): Promise<DigestSendAt | undefined>;
  /** null: back to the deployment's default. */
  setDigestSendAt(userId: number, sendAt: DigestSendAt | null): Promise<void>;
  /** Settings of these users, by user id; users who never changed anything are absent. */
  findDigestRecipients(userIds: ReadonlyArray<number>): Promise<Map<number, DigestRecipientSettings>>;
  /** The platform refused for good (e.g. the user blocked the bot): later digests skip the user. */
  markDigestRecipientUnreachable(userId: number, reason: string, now: string): Promise<void>;

  /**
   * Claims the digest of (user, week). The first claim wins however many senders try at once; a released claim,
   * a stale one, or one in `request.reclaim` is taken over; a stale `sending` one turns `uncertain`.
   */
  claimDigestDelivery(request: DigestClaimRequest): Promise<DigestClaim>;
  /** Just before the first platform call: from here on a crash leaves the outcome unknown. False: the claim was lost. */
  markDigestSending(userId: number, week: string, token: string): Promise<boolean>;
  markDigestSent(userId: number, week: string, token: string, now: string): Promise<boolean>;
  /** Gives the claim back after a failure: `released` to be retried, `failed` when `final`. */
  releaseDigestClaim(userId: number, week: string, token: string, error: string, final: boolean): Promise<boolean>;
  markDigestUnreachable(userId: number, week: string, token: string, reason: string): Promise<boolean>;
  findDigestDelivery(userId: number, week: string): Promise<DigestDelivery | undefined>;
  /** The deliveries of `week` for these users, by user id (users without a row are absent). */
  findDigestDeliveries(week: string, userIds: ReadonlyArray<number>): Promise<Map<number, DigestDelivery>>;
  /** How many deliveries of `week` are in each status. */
  countDigestDeliveries(week: string): Promise<Partial<Record<DigestDeliveryStatus, number>>>;
}
