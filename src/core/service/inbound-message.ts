/** A chat message as every adapter hands it to the core, and the reply the core hands back. */
import type { Platform } from '../domain/user.ts';
import type { ReplyTarget } from '../ports/reply-sender.ts';

export interface InboundMessage {
  readonly platform: Platform;
  readonly platformUserId: string;
  readonly displayName: string | null;
  /** Identifies this delivery at its source (e.g. "telegram:update:123"); a redelivery carries the same key. */
  readonly key: string;
  readonly text: string;
  /** The platform's idea of the user's zone (Slack's `tz`), used only when the user is new. */
  readonly timeZoneHint?: string;
  /** Where a later answer (from the model) must be delivered. */
  readonly replyTarget?: ReplyTarget;
}

export type ReplyKind =
  | 'expense_added'
  | 'expense_undone'
  | 'expense_deleted'
  | 'expense_edited'
  /** The user's yes to a proposal of the model's: what was applied. */
  | 'proposal_confirmed'
  | 'proposal_cancelled'
  | 'expense_list'
  | 'summary'
  | 'settings'
  | 'help'
  | 'invalid'
  | 'not_found'
  | 'not_understood'
  /** A question handed to the model; the answer arrives later through the ReplySender. */
  | 'queued'
  /** The model's answer, delivered later. */
  | 'answer'
  /** The model could not answer; says what still worked. */
  | 'run_failed';

/** A tap-able action; `command` is text the core understands, sent back as a message when tapped. */
export interface ReplyButton {
  readonly label: string;
  readonly command: string;
}

export interface Reply {
  readonly kind: ReplyKind;
  /** Plain text; adapters escape it for their markup. */
  readonly text: string;
  readonly buttons: ReadonlyArray<ReplyButton>;
  /** True when this is the stored answer to a message seen before (a redelivery). */
  readonly repeated?: boolean;
  /** Set on a `queued` reply: the run that will answer. */
  readonly runId?: number;
}

export function textReply(kind: ReplyKind, text: string, buttons: ReadonlyArray<ReplyButton> = []): Reply {
  return { kind, text, buttons };
}
