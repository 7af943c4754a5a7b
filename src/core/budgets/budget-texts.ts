/** How budgets are said in replies: a status line, the alert at a threshold, and a budget's name. */
import { formatMoney } from '../money/money.ts';
import type { Budget, BudgetThreshold } from './budget.ts';
import { type BudgetStatus, periodWords } from './budget-status.ts';

/** "groceries" or "overall". */
export function budgetName(budget: Pick<Budget, 'category'>): string {
  return budget.category ?? 'overall';
}

/** "groceries: ₹4,200.00 of ₹5,000.00 this month · 84 %". */
export function standingLine(status: BudgetStatus, locale: string): string {
  const { budget } = status;
  return `${budgetName(budget)}: ${formatMoney(status.spent, locale)} of ${formatMoney(budget.amount, locale)} ${periodWords(budget.period)} · ${status.percent} %`;
}

/** The listing line: spent, remaining (or over) and days left. */
export function listingLine(status: BudgetStatus, locale: string): string {
  const { budget } = status;
  const left =
    status.remaining.minor >= 0
      ? `${formatMoney(status.remaining, locale)} left`
      : `${formatMoney({ ...status.remaining, minor: -status.remaining.minor }, locale)} over`;
  const days = status.daysLeft === 1 ? 'last day' : `${status.daysLeft} days left`;
  const per = budget.period === 'week' ? 'a week' : 'a month';
  return `• ${budgetName(budget)} (${formatMoney(budget.amount, locale)} ${per}): ${formatMoney(status.spent, locale)} spent · ${status.percent} % · ${left} · ${days}`;
}

/** What the user is told when spending reaches `threshold` of a budget in its current period. */
export function alertText(status: BudgetStatus, threshold: BudgetThreshold, locale: string): string {
  const { budget } = status;
  const name = budget.category === null ? 'your overall budget' : `your ${budget.category} budget`;
  const when = periodWords(budget.period);
  const spent = `${formatMoney(status.spent, locale)} of ${formatMoney(budget.amount, locale)}`;
  if (threshold === 100) {
    const over =
      status.remaining.minor < 0
        ? `, ${formatMoney({ ...status.remaining, minor: -status.remaining.minor }, locale)} over`
        : '';
    return `🚨 Budget alert: ${name} is used up ${when} — ${spent} (${status.percent} %)${over}.`;
  }
  const days = status.daysLeft === 1 ? 'the last day' : `${status.daysLeft} days`;
  return `⚠️ Budget alert: ${status.percent} % of ${name} used ${when} — ${spent}, ${formatMoney(status.remaining, locale)} left for ${days}.`;
}
