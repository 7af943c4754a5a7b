/** Gathers a month report from the store: totals, category and day sums, the largest expenses, all from SQL. */
import { DateTime } from 'luxon';
import { budgetStatuses } from '../budgets/budget-status.ts';
import type { BudgetStore } from '../budgets/budget-store.ts';
import { budgetName } from '../budgets/budget-texts.ts';
import type { User } from '../domain/user.ts';
import type { LedgerStore } from '../ports/ledger-store.ts';
import { type ExpenseReader, readExpenseExport } from './build-expense-export.ts';
import type { MonthReport, ReportCurrency } from './month-report.ts';
import { monthPeriod } from './report-month.ts';

/** Largest expenses listed per currency. */
export const largestListed = 10;

export type MonthReportReader = ExpenseReader & Pick<LedgerStore, 'largestExpenses'> & BudgetStore;

export async function buildMonthReport(
  store: MonthReportReader,
  user: User,
  month: string,
  now: string,
): Promise<MonthReport> {
  const period = monthPeriod(month);
  if (!period) throw new RangeError(`"${month}" is not a month like 2026-11`);
  const range = { from: period.from, to: period.to };
  // One query after another: a SQL Server connection takes one request at a time.
  const data = await readExpenseExport(store, user, period);
  const byCategory = await store.sumExpenses(user.id, { ...range, groupBy: 'category' });
  const byDay = await store.sumExpenses(user.id, { ...range, groupBy: 'day' });
  const currencies: ReportCurrency[] = [];
  for (const total of data.totals) {
    const currency = total.currency;
    currencies.push({
      currency,
      total: { minor: total.minor, count: total.count },
      byCategory: byCategory
        .filter((row) => row.currency === currency)
        .map((row) => ({ category: row.key, minor: row.minor, count: row.count })),
      byDay: byDay
        .filter((row) => row.currency === currency)
        .map((row) => ({ date: row.key, minor: row.minor, count: row.count })),
      largest: await store.largestExpenses(user.id, { ...range, currency, limit: largestListed }),
    });
  }
  currencies.sort((a, b) => b.total.count - a.total.count || a.currency.localeCompare(b.currency));
  return {
    owner: data.owner,
    month,
    monthLabel: period.label,
    period,
    generatedAt: now,
    currencies,
    expenses: data.expenses,
    budgets: await monthBudgets(store, user, period.to, now),
  };
}

/**
 * The budgets the user had at the month's end (or now, for a month still running), each over its window around the
 * month's last day: a monthly budget over the month, a weekly one over the last week.
 */
async function monthBudgets(store: MonthReportReader, user: User, lastDay: string, now: string) {
  const endOfMonth = DateTime.fromISO(lastDay, { zone: user.timeZone }).endOf('day').toUTC().toISO() ?? now;
  const liveAt = endOfMonth < now ? endOfMonth : now;
  const statuses = await budgetStatuses(store, user, lastDay, { liveAt, countThrough: lastDay });
  return statuses.map((status) => ({
    name: budgetName(status.budget),
    period: status.budget.period,
    from: status.period.from,
    to: status.period.to,
    currency: status.budget.amount.currency,
    limitMinor: status.budget.amount.minor,
    spentMinor: status.spent.minor,
    percent: status.percent,
  }));
}
