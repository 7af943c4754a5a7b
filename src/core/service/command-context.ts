/** What a command handler gets: the user's store (inside the message's transaction), the user, and their "now". */
import type { WeeklyDigest } from '../digest/weekly-digest.ts';
import type { ReplyTarget } from '../domain/reply-target.ts';
import type { Thread, ThreadContext } from '../domain/thread.ts';
import type { User } from '../domain/user.ts';
import type { LedgerStore } from '../ports/ledger-store.ts';
import type { FileDeliveryRef } from '../reports/file-delivery.ts';
import type { CoreSettings } from './core-deps.ts';
import type { Reply } from './inbound-message.ts';

export interface CommandContext {
  readonly store: LedgerStore;
  readonly settings: CoreSettings;
  readonly user: User;
  readonly thread: Thread;
  /** The user's calendar date, "YYYY-MM-DD". */
  readonly today: string;
  /** The current instant, ISO-8601 UTC. */
  readonly now: string;
  /** Key of the inbound message being handled; expenses it creates carry it as their source. */
  readonly messageKey: string;
  /** Where the message came from, for what is answered later. */
  readonly replyTarget?: ReplyTarget | null;
  /** The adapter opens web pages inside the chat app (InboundMessage.opensWebApps). */
  readonly opensWebApps?: boolean;
}

/** What answering a spending question reads: the store, the user and their today; nothing is written. */
export type QuestionContext = Pick<CommandContext, 'store' | 'user' | 'today'>;

export interface CommandResult {
  readonly reply: Reply;
  /** Expense events to record in the thread, so later context (and the model) knows what changed. */
  readonly events?: ReadonlyArray<string>;
  /** New conversation context, when the command changes what "it" refers to. */
  readonly context?: ThreadContext;
  /** The command wrote the thread itself (a run stores the question on its own). */
  readonly threadWritten?: boolean;
  /** A run was created: the thread must be handed to the run scheduler once this message commits. */
  readonly scheduleThread?: boolean;
  /** A digest to draw as a chart for the reply, once the message has committed. */
  readonly digest?: WeeklyDigest;
  /** A file was asked for: handed to the file scheduler once this message commits. */
  readonly fileDelivery?: FileDeliveryRef;
  /** What the thread keeps of the reply instead of its text (a reply carrying a secret, such as a login link). */
  readonly threadText?: string;
}
