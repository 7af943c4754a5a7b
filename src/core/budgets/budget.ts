/** A spending plan: overall or for one category, per week or per month, in one currency (never converted). */
import type { Money } from '../money/money.ts';

export type BudgetPeriod = 'week' | 'month';

/** Percentages of the amount whose crossing is told once per budget and period. */
export const budgetThresholds = [80, 100] as const;
export type BudgetThreshold = (typeof budgetThresholds)[number];

export interface Budget {
  readonly id: number;
  readonly userId: number;
  /** The category as the user spells it; null for the overall budget (every category). */
  readonly category: string | null;
  readonly amount: Money;
  readonly period: BudgetPeriod;
  readonly createdAt: string;
}

export interface NewBudget {
  readonly userId: number;
  readonly category: string | null;
  readonly amount: Money;
  readonly period: BudgetPeriod;
  readonly createdAt: string;
}

/** What setting a budget did: the live budget now, and the one it replaced (absent when there was none). */
export interface SetBudgetOutcome {
  readonly budget: Budget;
  readonly replaced?: Budget;
  /** True when the same amount and period were set already: nothing was written. */
  readonly unchanged: boolean;
}

/** The calendar days (inclusive, the user's dates) of the current week and month, which budgets count within. */
export interface BudgetWindows {
  readonly week: { readonly from: string; readonly to: string };
  readonly month: { readonly from: string; readonly to: string };
}

/** How much a live budget has had spent against it in its current window, summed by the database. */
export interface BudgetSpending {
  readonly budgetId: number;
  /** Minor units of the budget's currency. */
  readonly spentMinor: number;
}

/** An alert recorded for a budget, period and threshold: recorded once, then only read back. */
export interface BudgetAlertRecord {
  readonly budgetId: number;
  readonly periodStart: string;
  readonly threshold: BudgetThreshold;
  readonly userId: number;
  /** The change that crossed the threshold. */
  readonly sourceKey: string;
  /** What the user was told. */
  readonly text: string;
  readonly createdAt: string;
}

export function isOverall(budget: Pick<Budget, 'category'>): boolean {
  return budget.category === null;
}
