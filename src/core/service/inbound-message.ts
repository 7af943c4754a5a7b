/** A chat message as every adapter hands it to the core, and the reply the core hands back. */
import type { DigestChart } from '../digest/digest-chart-renderer.ts';
import type { ReplyTarget } from '../domain/reply-target.ts';
import type { Platform } from '../domain/user.ts';

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
  /** The adapter can show a picture with the reply: a digest then comes with its chart. */
  readonly showsCharts?: boolean;
  /** The adapter can open a web page inside the chat app (Telegram's Mini Apps): the dashboard then opens there. */
  readonly opensWebApps?: boolean;
}

export type ReplyKind =
  | 'expense_added'
  | 'expense_undone'
  | 'expense_deleted'
  | 'expense_edited'
  /** A change that waits for the user's yes (a delete): its buttons confirm or cancel it. */
  | 'confirmation'
  /** The user's yes to a proposal of the model's: what was applied. */
  | 'proposal_confirmed'
  | 'proposal_cancelled'
  | 'expense_list'
  /** A recurring expense set up (with today's occurrence when it falls today), listed, or stopped. */
  | 'recurring_set'
  | 'recurring_list'
  | 'recurring_stopped'
  /** A recurring expense's occurrence was recorded: sent unasked, with Undo. */
  | 'recurring_recorded'
  | 'summary'
  | 'settings'
  | 'help'
  /** The introduction ("start"), with the user's settings. */
  | 'welcome'
  /** This week's digest so far; `chart` is set when the adapter shows charts and one could be drawn. */
  | 'digest'
  /** A budget set, listed or removed. */
  | 'budget'
  /** A file (export, report) was asked for; it is delivered on its own through the platform's file sender. */
  | 'file_queued'
  | 'invalid'
  | 'not_found'
  | 'not_understood'
  /** A question handed to the model; the answer arrives later through the ReplySender. */
  | 'queued'
  /** The model's answer, delivered later. */
  | 'answer'
  /** The model could not answer; says what still worked. */
  | 'run_failed'
  /** The way into the web dashboard: a single-use link, or a button that opens it in the chat app. */
  | 'dashboard';

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
  /** Set on a `digest` reply for an adapter that shows charts; never stored with the reply. */
  readonly chart?: DigestChart;
  /** A page the chat app opens inside itself (a Telegram `web_app` button): the dashboard. */
  readonly webApp?: WebAppButton;
}

/** A button that opens `url` in the chat app's own browser, signed in by the app (Telegram's initData). */
export interface WebAppButton {
  readonly label: string;
  readonly url: string;
}

export function textReply(kind: ReplyKind, text: string, buttons: ReadonlyArray<ReplyButton> = []): Reply {
  return { kind, text, buttons };
}
