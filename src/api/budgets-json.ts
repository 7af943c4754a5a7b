/** The JSON of a user's budgets and where each stands: money as exact minor units and decimal strings. */
import type { BudgetAlertRecord } from '../core/budgets/budget.ts';
import type { BudgetStatus } from '../core/budgets/budget-status.ts';
import type { User } from '../core/domain/user.ts';
import { type Money, minorToDecimal } from '../core/money/money.ts';

export function budgetsJson(
  user: User,
  date: string,
  statuses: ReadonlyArray<BudgetStatus>,
  alerts: ReadonlyArray<BudgetAlertRecord>,
): object {
  return {
    user: { platform: user.platform, platformUserId: user.platformUserId, timeZone: user.timeZone },
    date,
    budgets: statuses.map((status) => ({
      id: status.budget.id,
      category: status.budget.category,
      period: status.budget.period,
      currency: status.budget.amount.currency,
      from: status.period.from,
      to: status.period.to,
      amount: moneyJson(status.budget.amount),
      spent: moneyJson(status.spent),
      remaining: moneyJson(status.remaining),
      percent: status.percent,
      daysLeft: status.daysLeft,
      alerted: alerts
        .filter((alert) => alert.budgetId === status.budget.id && alert.periodStart === status.period.from)
        .map((alert) => alert.threshold)
        .sort((a, b) => a - b),
    })),
  };
}

function moneyJson(money: Money): { minor: number; amount: string } {
  return { minor: money.minor, amount: minorToDecimal(money.minor, money.currency) };
}
