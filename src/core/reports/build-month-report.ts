/** Gathers a month report from the store: totals, category and day sums, the largest expenses, all from SQL. */
import type { User } from '../domain/user.ts';
import type { LedgerStore } from '../ports/ledger-store.ts';
import { type ExpenseReader, readExpenseExport } from './build-expense-export.ts';
import type { MonthReport, ReportCurrency } from './month-report.ts';
import { monthPeriod } from './report-month.ts';

/** Largest expenses listed per currency. */
export const largestListed = 10;

export type MonthReportReader = ExpenseReader & Pick<LedgerStore, 'largestExpenses'>;

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
    // Budgets (issue #15) are built on their own branch; once their core API is on main, the month's budgets
    // and how each ended are read here and the writers' budget sections fill in.
  };
}
