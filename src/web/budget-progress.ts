/** Budgets' progress for the overview: the core's budget statuses (SQL sums), with their amounts formatted. */
import { budgetStatuses, periodWords } from '../core/budgets/budget-status.ts';
import { budgetName } from '../core/budgets/budget-texts.ts';
import type { User } from '../core/domain/user.ts';
import { formatMoney } from '../core/money/money.ts';
import type { LedgerStore } from '../core/ports/ledger-store.ts';

/** One budget's state as the overview shows it. */
export interface BudgetProgressView {
  readonly label: string;
  readonly spent: string;
  readonly limit: string;
  /** Spent as a whole percentage of the limit (may pass 100). */
  readonly percent: number;
  /** "this month", "this week": the budget's own period. */
  readonly periodLabel: string;
}

export async function budgetProgress(store: LedgerStore, user: User, today: string): Promise<BudgetProgressView[]> {
  return (await budgetStatuses(store, user, today)).map((status) => ({
    label: budgetName(status.budget),
    spent: formatMoney(status.spent, user.locale),
    limit: formatMoney(status.budget.amount, user.locale),
    percent: status.percent,
    periodLabel: periodWords(status.budget.period),
  }));
}
