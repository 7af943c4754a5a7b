/** The storage port for budgets and their alerts. Every method is scoped to one user. */
import type {
  Budget,
  BudgetAlertRecord,
  BudgetSpending,
  BudgetWindows,
  NewBudget,
  SetBudgetOutcome,
} from './budget.ts';

export interface BudgetStore {
  /**
   * The user's live budgets: the overall ones first, then by category, then by currency. With `liveAt` (an ISO
   * instant), the budgets that were live then instead (set before it, not yet replaced or removed), for reports of
   * past periods.
   */
  listBudgets(userId: number, liveAt?: string): Promise<Budget[]>;
  /**
   * Makes `budget` the user's live budget for its category (or overall) and currency, replacing the one there.
   * The same amount and period again change nothing (`unchanged`), so its alerts stay as they were.
   */
  setBudget(budget: NewBudget): Promise<SetBudgetOutcome>;
  /**
   * Removes the user's live budgets of this category (lower-case key; null: the overall ones), in every currency.
   * Returns what was removed (empty when there was none).
   */
  removeBudgets(userId: number, categoryKey: string | null, removedAt: string): Promise<Budget[]>;
  /**
   * For each live budget of the user (or each live at `liveAt`), its live expenses in its currency (and category) within its window:
   * weekly budgets count `windows.week`, monthly ones `windows.month`. One sum per budget, by the database.
   */
  sumBudgetSpending(userId: number, windows: BudgetWindows, liveAt?: string): Promise<BudgetSpending[]>;
  /**
   * Makes concurrent changes of the user's spending take turns until the caller's transaction ends, so each one
   * sums what the ones before it committed and none misses a threshold they crossed together.
   */
  lockBudgetOwner(userId: number): Promise<void>;
  /**
   * Records the alert unless one for its budget, period start and threshold exists; true when this call recorded
   * it. Concurrent callers queue on the key: exactly one of them gets true.
   */
  recordBudgetAlert(alert: BudgetAlertRecord): Promise<boolean>;
  /** The alerts a change recorded, by that change's source key, oldest first. */
  listBudgetAlertsBySource(userId: number, sourceKey: string): Promise<BudgetAlertRecord[]>;
  /** The user's alerts of periods starting on or after `since`, oldest first. */
  listBudgetAlerts(userId: number, since: string): Promise<BudgetAlertRecord[]>;
}
