/** What a chat message asks for, as the deterministic parser understands it. */
import type { BudgetPeriod } from '../budgets/budget.ts';
import type { DigestSendAt } from '../digest/digest-send-at.ts';
import type { RecurringCadence } from '../domain/recurring-rule.ts';
import type { PeriodShift, QuestionMeasure, Versus } from '../domain/spending-question.ts';
import type { Money } from '../money/money.ts';
import type { FileRequest } from '../reports/file-request.ts';
import type { Period, Weekday } from '../time/period.ts';

export interface ParseContext {
  /** The user's calendar date now, "YYYY-MM-DD", in their zone. */
  readonly today: string;
  readonly defaultCurrency: string;
  readonly locale: string;
  readonly weekStart: Weekday;
  /** Largest accepted amount, in major units of the currency. */
  readonly maxAmountMajor: number;
}

export interface SettingsChanges {
  readonly timeZone?: string;
  readonly currency?: string;
  readonly weekStart?: Weekday;
  readonly locale?: string;
  readonly digestEnabled?: boolean;
  /** When the user's weekly digest comes; null goes back to the deployment's default. */
  readonly digestSendAt?: DigestSendAt | null;
}

export type Intent =
  | {
      kind: 'add';
      amount: Money;
      category: string;
      note: string | null;
      spentOn: string;
      /** 'bucket': a known category (docs/categories.md) was recognised; 'written': the user's own words. */
      categorySource: 'bucket' | 'written';
      /** Lower-case words and phrases of the message a category the user taught finbot may be keyed by. */
      keywords: ReadonlyArray<string>;
    }
  /** A recurring expense to set up ("rent 15000 every month on the 1st"); a null `day` is the day it is set up. */
  | {
      kind: 'add_recurring';
      amount: Money;
      category: string;
      note: string | null;
      categorySource: 'bucket' | 'written';
      keywords: ReadonlyArray<string>;
      cadence: RecurringCadence;
      day: number | null;
    }
  /** The user's recurring expenses ("recurring"). */
  | { kind: 'list_recurring' }
  /** End the recurring expenses called `name` ("stop recurring rent"). */
  | { kind: 'stop_recurring'; name: string }
  /** Undo the latest expense (within the undo window), or the one named by number (a button). */
  | { kind: 'undo'; number: number | null }
  | { kind: 'delete'; number: number }
  | {
      kind: 'edit';
      number: number;
      changes: { amount?: Money; category?: string; spentOn?: string; note?: string | null };
    }
  | { kind: 'list'; limit: number | null; period: Period | null; category: string | null }
  /**
   * A question about spending. A null period or category means "not said": a follow-up
   * (`followUp: true`) takes it from the thread's context, a fresh question uses this week / all categories.
   * An absent `measure`, `currency` or `versus` is "not said" too: a total in every currency, or on a
   * follow-up what the last question asked ("and last week?" after "biggest expense" stays a biggest).
   */
  | {
      kind: 'summary';
      period: Period | null;
      category: string | null;
      followUp: boolean;
      measure?: QuestionMeasure;
      /** Only expenses in this currency (a filter, never a conversion); null: every currency. */
      currency?: string | null;
      versus?: Versus;
      /** Only on a follow-up: the remembered period moved back ("and the week before?"). */
      shift?: PeriodShift;
    }
  | { kind: 'settings'; changes: SettingsChanges }
  /** The user's answer to a proposal of the model's: by id (a button), or the latest open one (a bare "yes"). */
  | { kind: 'decide_proposal'; decision: 'confirmed' | 'cancelled'; proposalId: number | null }
  /** What finbot understands; `unknownCommand` names a "/word" it does not know. */
  | { kind: 'help'; unknownCommand?: string }
  /** The introduction ("start"): who finbot is, and the user's settings. */
  | { kind: 'welcome' }
  /** This week's digest so far ("digest now"). */
  | { kind: 'digest_now' }
  /** Sets (or replaces) the budget of a category, or the overall one (null), in the amount's currency. */
  | { kind: 'budget_set'; category: string | null; amount: Money; period: BudgetPeriod }
  /** Every budget with what is spent, what is left and the days left. */
  | { kind: 'budget_list' }
  /** Removes the budgets of a category (null: the overall ones). */
  | { kind: 'budget_remove'; category: string | null }
  /** A file to send: an expense export ("export november as xlsx") or a month report ("report november"). */
  | { kind: 'file'; request: FileRequest }
  /** The way into the web dashboard. */
  | { kind: 'dashboard' }
  /** Understood, but not acceptable (zero amount, future date, unknown currency …): `message` says why. */
  | { kind: 'invalid'; message: string }
  /**
   * Probably an expense, but not read with confidence (no clear category, several readings): with a model
   * configured it goes to the model's extraction; without one, `message` asks the user.
   */
  | { kind: 'unclear'; message: string }
  /**
   * Not understood. `aside` marks a message with a number that is not spending, so the reply can say that
   * nothing was recorded and why: a question finbot cannot answer itself, or chat.
   */
  | { kind: 'unknown'; aside?: 'question' | 'chat' };
