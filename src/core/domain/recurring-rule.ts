/** A recurring expense: what is recorded, how often, and on which day of the month or week. */
import type { Money } from '../money/money.ts';
import type { Expense } from './expense.ts';

/** Monthly rules fall on a day of the month (1–31), weekly ones on an ISO weekday (Monday = 1 … Sunday = 7). */
export type RecurringCadence = 'monthly' | 'weekly';

/** A monthly day past a month's end (the 31st in November) falls on its last day; 31 is "the last day". */
export const lastDayOfMonth = 31;

export interface RecurringSchedule {
  readonly cadence: RecurringCadence;
  readonly day: number;
}

export interface RecurringRule extends RecurringSchedule {
  readonly id: number;
  readonly userId: number;
  readonly amount: Money;
  readonly category: string;
  readonly note: string | null;
  /** The user's date it was set up on, "YYYY-MM-DD". */
  readonly startsOn: string;
  /** The next occurrence not yet recorded, a date in the user's own zone. */
  readonly nextOn: string;
  readonly active: boolean;
  readonly createdAt: string;
}

export interface NewRecurringRule extends RecurringSchedule {
  readonly userId: number;
  readonly amount: Money;
  readonly category: string;
  readonly note: string | null;
  readonly startsOn: string;
  readonly nextOn: string;
  /** The message that set it up: a redelivery finds the rule instead of making another. */
  readonly sourceKey: string;
  readonly createdAt: string;
}

/** An occurrence the store recorded: the rule's local date and the expense made for it. */
export interface RecordedOccurrence {
  readonly ruleId: number;
  readonly occursOn: string;
  readonly expense: Expense;
}

/** The source key of an occurrence's expense: at most one expense per rule and date, whoever records it. */
export function occurrenceSourceKey(ruleId: number, occursOn: string): string {
  return `recurring:${ruleId}:${occursOn}`;
}
