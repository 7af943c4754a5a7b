/** What every Slack listener needs: the core, a way to send later replies, profiles, and the logger. */

import type { ReplySender } from '../../core/ports/reply-sender.ts';
import type { MessageHandler } from '../../core/service/handle-message.ts';
import type { Logger } from '../../infra/logger.ts';
import type { UserDirectory } from './user-directory.ts';

/** This week's summary for the App Home tab, as plain text; null when the user has no data yet. */
export type WeekSummaryProvider = (platformUserId: string) => Promise<string | null>;

export interface SlackHandlerDeps {
  readonly handleMessage: MessageHandler;
  readonly sender: ReplySender;
  readonly directory: UserDirectory;
  readonly log: Logger;
  /** How long a slash command may wait for the core before the ack goes out without the reply (Slack allows 3 s). */
  readonly ackBudgetMs: number;
  /** Registers work that outlives its request, so `stop()` can wait for it. */
  readonly track: <T>(work: Promise<T>) => Promise<T>;
  readonly weekSummary?: WeekSummaryProvider;
}

/** Said when the core failed: nothing about the cause, which goes to the log. */
export const somethingWentWrongText = 'Sorry, something went wrong on my side. Please try again in a moment.';
