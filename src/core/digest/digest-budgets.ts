/**
 * The budgets part of a weekly digest: each budget as it stood at the end of the digest's week (or today, while
 * the week is still running), spent counted up to that day. Empty when the user has no budgets.
 */

import { budgetStatuses, earlierDay } from '../budgets/budget-status.ts';
import type { BudgetStore } from '../budgets/budget-store.ts';
import { budgetName } from '../budgets/budget-texts.ts';
import type { User } from '../domain/user.ts';
import { formatDay } from '../format/date-label.ts';
import { formatMoney } from '../money/money.ts';
import { digestWeek } from './digest-week.ts';

/** Lines to add after the digest's text, or an empty list. `today` is the user's date now. */
export async function digestBudgetLines(
  store: BudgetStore,
  user: Pick<User, 'id' | 'weekStart' | 'locale'>,
  week: string,
  today: string,
): Promise<string[]> {
  const weekEnd = digestWeek(week).period.to;
  const asOf = earlierDay(today, weekEnd);
  const statuses = await budgetStatuses(store, user, asOf, { countThrough: asOf });
  if (statuses.length === 0) return [];
  const { locale } = user;
  const lines = [`Budgets on ${formatDay(asOf, locale, asOf)}:`];
  for (const status of statuses) {
    const { budget } = status;
    const period =
      budget.period === 'week'
        ? `week from ${formatDay(status.period.from, locale, asOf)}`
        : new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
            new Date(`${status.period.from}T00:00:00Z`),
          );
    const left =
      status.remaining.minor >= 0
        ? `${formatMoney(status.remaining, locale)} left`
        : `${formatMoney({ ...status.remaining, minor: -status.remaining.minor }, locale)} over`;
    lines.push(
      `• ${budgetName(budget)}: ${formatMoney(status.spent, locale)} of ${formatMoney(budget.amount, locale)} (${period}) · ${status.percent} % · ${left}`,
    );
  }
  return lines;
}
