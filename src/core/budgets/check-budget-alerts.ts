/**
 * Budget alerts, exactly once. Call `checkBudgetAlerts` in the same transaction as the change that may have raised
 * spending (an expense added, edited, or recorded by a recurring rule): each threshold a budget has reached in its
 * current period is recorded under the unique key (budget, period start, threshold), and only the call that
 * recorded it gets its text — retries, redeliveries and concurrent workers find the key taken. An undo that
 * brings spending back under leaves the key in place, so the same alert never comes twice in one period.
 */

import { categoryKey } from '../domain/category.ts';
import type { Expense } from '../domain/expense.ts';
import type { User } from '../domain/user.ts';
import { type Budget, type BudgetThreshold, budgetThresholds } from './budget.ts';
import { type BudgetStatus, statusesOf } from './budget-status.ts';
import type { BudgetStore } from './budget-store.ts';
import { alertText, standingLine } from './budget-texts.ts';

export interface BudgetChange {
  /** The expense as it is after the change. */
  readonly expense: Expense;
  /** The change's own key (the message key, a model call's key, a recurring occurrence's key). */
  readonly sourceKey: string;
  /** The user's calendar date, "YYYY-MM-DD". */
  readonly today: string;
  /** The current instant, ISO-8601 UTC. */
  readonly now: string;
}

export interface BudgetCheck {
  /** The budgets the expense counts toward in their current period, as they stand after the change. */
  readonly standing: ReadonlyArray<BudgetStatus>;
  /** "groceries: ₹4,200.00 of ₹5,000.00 this month · 84 %", one per standing budget. */
  readonly standingLines: ReadonlyArray<string>;
  /** The alerts this change raised, at most one per budget (the highest threshold); empty when none. */
  readonly alerts: ReadonlyArray<string>;
}

/** True when `expense` is in the budget's currency and category (its day aside). */
function mayCount(budget: Budget, expense: Expense): boolean {
  return (
    expense.amount.currency === budget.amount.currency &&
    (budget.category === null || categoryKey(budget.category) === categoryKey(expense.category))
  );
}

/** True when `expense` counts toward the budget of `status` in its current period. */
export function countsToward(status: BudgetStatus, expense: Expense): boolean {
  const { budget, period } = status;
  return (
    expense.deletedAt === null &&
    mayCount(budget, expense) &&
    expense.spentOn >= period.from &&
    expense.spentOn <= period.to
  );
}

/** Where the budgets touched by `change.expense` stand, and the alerts the change raised (recorded here, once). */
export async function checkBudgetAlerts(
  store: BudgetStore,
  user: Pick<User, 'id' | 'weekStart' | 'locale'>,
  change: BudgetChange,
): Promise<BudgetCheck> {
  const budgets = await store.listBudgets(user.id);
  // The usual quick-add, of a user without a budget for it, costs this one query.
  if (!budgets.some((budget) => mayCount(budget, change.expense)))
    return { standing: [], standingLines: [], alerts: [] };
  // After this, concurrent changes of this user's spending wait for this transaction: the sum below sees theirs.
  await store.lockBudgetOwner(user.id);
  const statuses = await statusesOf(store, user, change.today, budgets);
  const standing = statuses.filter((status) => countsToward(status, change.expense));
  const alerts: string[] = [];
  for (const status of standing) {
    const alert = await recordReachedThresholds(store, user, status, change.sourceKey, change.now);
    if (alert) alerts.push(alert);
  }
  return { standing, standingLines: standing.map((status) => standingLine(status, user.locale)), alerts };
}

/**
 * Records every threshold `status` has reached that has no alert yet in its period, under `sourceKey`. Returns the
 * text of the highest one recorded by this call, or undefined when all were recorded before. Setting a budget
 * that is already past a threshold calls this too, so the plan's first expense does not alert about the past.
 */
export async function recordReachedThresholds(
  store: BudgetStore,
  user: Pick<User, 'id' | 'locale'>,
  status: BudgetStatus,
  sourceKey: string,
  now: string,
): Promise<string | undefined> {
  let told: string | undefined;
  for (const threshold of reachedThresholds(status)) {
    const text = alertText(status, threshold, user.locale);
    const recorded = await store.recordBudgetAlert({
      budgetId: status.budget.id,
      periodStart: status.period.from,
      threshold,
      userId: user.id,
      sourceKey,
      text,
      createdAt: now,
    });
    if (recorded) told = text;
  }
  return told;
}

/** The alerts an earlier attempt of the same change recorded, one per budget, for a retry to say again. */
export async function recordedBudgetAlerts(store: BudgetStore, userId: number, sourceKey: string): Promise<string[]> {
  const records = await store.listBudgetAlertsBySource(userId, sourceKey);
  const highest = new Map<number, { threshold: number; text: string }>();
  for (const record of records) {
    const known = highest.get(record.budgetId);
    if (!known || record.threshold > known.threshold) highest.set(record.budgetId, record);
  }
  return [...highest.values()].map((record) => record.text);
}

function reachedThresholds(status: BudgetStatus): BudgetThreshold[] {
  return budgetThresholds.filter((threshold) => status.percent >= threshold);
}
