/** Weekly stats as structured data (per currency: total, per category, per day), all summed by the database. */
import type { CurrencyStats, SumRow, WeeklyStats } from '../domain/stats.ts';
import type { User } from '../domain/user.ts';
import { minorToDecimal } from '../money/money.ts';
import type { LedgerStore } from '../ports/ledger-store.ts';
import { isoWeekPeriod } from '../time/period.ts';
import { UnknownWeekError } from '../time/unknown-week-error.ts';

/** Stats for an ISO week such as "2026-W47" (Monday to Sunday). */
export async function getWeeklyStats(store: LedgerStore, user: User, week: string): Promise<WeeklyStats> {
  const period = isoWeekPeriod(week);
  if (!period) throw new UnknownWeekError(`"${week}" is not an ISO week like 2026-W47`);
  const range = { from: period.from, to: period.to };
  // One after another: a transaction's single connection (tedious in particular) takes one query at a time.
  const totals = await store.sumExpenses(user.id, { ...range, groupBy: 'none' });
  const byCategory = await store.sumExpenses(user.id, { ...range, groupBy: 'category' });
  const byDay = await store.sumExpenses(user.id, { ...range, groupBy: 'day' });
  const currencies: CurrencyStats[] = totals.map((total) => ({
    currency: total.currency,
    total: amountOf(total),
    byCategory: rowsOf(byCategory, total.currency).map((row) => ({ category: row.key, ...amountOf(row) })),
    byDay: rowsOf(byDay, total.currency).map((row) => ({ date: row.key, ...amountOf(row) })),
  }));
  return { week: week.toUpperCase(), period, currencies };
}

function rowsOf(rows: ReadonlyArray<SumRow>, currency: string): SumRow[] {
  return rows.filter((row) => row.currency === currency);
}

function amountOf(row: SumRow): { minor: number; amount: string; count: number } {
  return { minor: row.minor, amount: minorToDecimal(row.minor, row.currency), count: row.count };
}
