/** A budget's standing as tools report it: money as decimal strings (see money-json.ts), percent and days as counts. */
import type { BudgetStatus } from '../../budgets/budget-status.ts';
import { moneyJson } from './money-json.ts';

export function budgetStatusJson(status: BudgetStatus, locale: string): Record<string, unknown> {
  const { budget } = status;
  return {
    category: budget.category ?? 'overall',
    overall: budget.category === null,
    period: budget.period,
    period_from: status.period.from,
    period_to: status.period.to,
    amount: moneyJson(budget.amount, locale),
    spent: moneyJson(status.spent, locale),
    remaining: moneyJson(status.remaining, locale),
    percent_used: status.percent,
    days_left: status.daysLeft,
  };
}
