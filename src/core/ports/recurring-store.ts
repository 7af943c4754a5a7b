/** What the store keeps of recurring expenses: the rules, and one occurrence row per rule and local date. */
import type { NewExpense } from '../domain/expense.ts';
import type { NewRecurringRule, RecordedOccurrence, RecurringRule } from '../domain/recurring-rule.ts';
import type { Platform } from '../domain/user.ts';

/** A rule that may be due, with what deciding and recording it needs of its user. */
export interface CandidateRule {
  readonly rule: RecurringRule;
  readonly timeZone: string;
  readonly platform: Platform;
}

/** How an occurrence's message stands. `none`: nothing to send (the reply that set the rule up told the user). */
export type NoticeStatus = 'none' | 'pending' | 'sending' | 'sent' | 'unreachable' | 'refused' | 'failed';

/** An occurrence whose message is waiting to be sent, with whom it goes to. */
export interface PendingNotice {
  readonly occurrenceId: number;
  readonly rule: RecurringRule;
  readonly occursOn: string;
  readonly expenseNumber: number;
  readonly attempts: number;
  readonly userId: number;
  readonly platform: Platform;
  readonly platformUserId: string;
}

export interface NewOccurrence {
  readonly ruleId: number;
  readonly occursOn: string;
  readonly expense: NewExpense;
  readonly notice: 'none' | 'pending';
  readonly createdAt: string;
  /** When its message may first go, by the wall clock (the business clock may be pinned: FINBOT_NOW). */
  readonly noticeFrom: string;
}

export interface RecurringStore {
  /** Saves the rule, or returns the one already saved under its source key (a redelivered message). */
  saveRecurringRule(rule: NewRecurringRule): Promise<RecurringRule>;
  /** The user's active rules, by next date. */
  listRecurringRules(userId: number): Promise<RecurringRule[]>;
  /** Ends the user's active rules with these ids; returns how many it ended. */
  stopRecurringRules(userId: number, ids: ReadonlyArray<number>, stoppedAt: string): Promise<number>;
  /** Active rules whose next date is on or before `horizon`, in id order after `afterId`, with their user's zone. */
  dueRuleCandidates(options: { horizon: string; afterId: number; limit: number }): Promise<CandidateRule[]>;
  /**
   * Moves the rule's next date from `from` to `to`; false when it no longer is `from` (another process recorded
   * those occurrences, or the rule was stopped), which makes the caller give up. Call inside a transaction.
   */
  advanceRecurringRule(ruleId: number, from: string, to: string): Promise<boolean>;
  /**
   * Records one occurrence: its expense and its row, unique by (rule, date). Call inside a transaction; a second
   * recording of the same rule and date fails on that key.
   */
  recordOccurrence(occurrence: NewOccurrence): Promise<RecordedOccurrence>;
  /** Occurrences whose message is due at `now` (pending and not held back, or abandoned mid-send), oldest first. */
  pendingNotices(options: {
    now: string;
    staleSendingMs: number;
    platforms: ReadonlyArray<Platform>;
    limit: number;
  }): Promise<PendingNotice[]>;
  /** Takes the notice for one attempt (status `sending`, this token); false when another attempt has it. */
  claimNotice(occurrenceId: number, token: string, now: string, staleSendingMs: number): Promise<boolean>;
  /** Settles the attempt holding `token`: sent, refused for good, or back to pending until `retryAt`. */
  settleNotice(
    occurrenceId: number,
    token: string,
    outcome:
      | { readonly status: 'sent' | 'unreachable' | 'refused' | 'failed'; readonly error?: string }
      | { readonly status: 'pending'; readonly retryAt: string; readonly error: string },
  ): Promise<void>;
}
