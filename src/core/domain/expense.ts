/** A recorded expense. `number` is the user's own running number (#1, #2 …) shown in replies. */
import type { Money } from '../money/money.ts';

export interface Expense {
  readonly id: number;
  readonly userId: number;
  readonly number: number;
  readonly amount: Money;
  readonly category: string;
  readonly note: string | null;
  /** Calendar date in the user's zone, "YYYY-MM-DD". */
  readonly spentOn: string;
  readonly createdAt: string;
  readonly deletedAt: string | null;
  /** The inbound message (or tool call) that created it; unique, so a redelivery cannot add it twice. */
  readonly sourceKey: string;
}

export interface NewExpense {
  readonly userId: number;
  readonly amount: Money;
  readonly category: string;
  readonly note: string | null;
  readonly spentOn: string;
  readonly sourceKey: string;
  readonly createdAt: string;
}

export interface ExpenseChanges {
  readonly amount?: Money;
  readonly category?: string;
  readonly spentOn?: string;
  readonly note?: string | null;
}

export interface ExpenseFilter {
  readonly from?: string;
  readonly to?: string;
  /** Lower-case category key; matches case-insensitively. */
  readonly categoryKey?: string;
  readonly limit?: number;
}
