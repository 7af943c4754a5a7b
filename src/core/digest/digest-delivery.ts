/** A digest's delivery record per user and week, and the claim that lets exactly one sender send it. */

/**
 * `claimed`: a sender holds it and has not called the platform yet. `sending`: the first platform call went out.
 * `sent`, `failed` (no attempt left), `unreachable` (the platform refused the user for good) and `uncertain` (the
 * sender died mid-send) are final. `released`: an attempt failed and gave it back to be retried.
 */
export type DigestDeliveryStatus = 'claimed' | 'sending' | 'sent' | 'released' | 'failed' | 'unreachable' | 'uncertain';

export interface DigestDelivery {
  readonly userId: number;
  readonly week: string;
  readonly status: DigestDeliveryStatus;
  readonly attempts: number;
  readonly claimedAt: string;
  readonly sentAt: string | null;
  readonly error: string | null;
}

export type DigestClaim =
  | { readonly claimed: true; readonly attempts: number }
  /** Someone else holds or finished it; `status` says which (an old `sending` claim turns `uncertain`). */
  | { readonly claimed: false; readonly status: DigestDeliveryStatus; readonly claimedAt: string };

export interface DigestClaimRequest {
  readonly userId: number;
  readonly week: string;
  /** Unique per attempt: marks are only applied by the holder of the claim. */
  readonly token: string;
  readonly now: string;
  /** A `claimed` row older than this is taken over: its holder died before it started sending. */
  readonly staleClaimMs: number;
  /** A `sending` row older than this turns `uncertain`: its holder died mid-send, and resending could repeat it. */
  readonly staleSendingMs: number;
  /** Statuses that may be claimed again besides `released` (an operator's resend: `failed`, `uncertain`). */
  readonly reclaim?: ReadonlyArray<DigestDeliveryStatus>;
}

/** A user's digest settings beside the user row; users who never changed anything have none. */
export interface DigestRecipientSettings {
  /** "MON 09:00", or null for the deployment's default. */
  readonly sendAt: string | null;
  readonly unreachable: boolean;
  readonly unreachableAt: string | null;
  readonly unreachableReason: string | null;
}
