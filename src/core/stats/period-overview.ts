/**
 * A period at a glance, for the dashboard: per currency, the total, the same total for the period before, the
 * sums per category and per day (every day of the period, a day without spending as zero). Every sum is the
 * database's; nothing is added up here.
 */
import type { SumRow } from '../domain/stats.ts';
import type { User } from '../domain/user.ts';
import { minorToDecimal } from '../money/money.ts';
import { periodBefore } from '../parse/question-shift.ts';
import type { LedgerStore } from '../ports/ledger-store.ts';
import { addDays } from '../time/calendar-date.ts';
import type { Period } from '../time/period.ts';

export interface OverviewAmount {
  readonly minor: number;
  /** Decimal string of `minor` in the currency ("1250.50"). */
  readonly amount: string;
  readonly count: number;
}

export interface CurrencyOverview {
  readonly currency: string;
  readonly total: OverviewAmount;
  /** The same currency's total over the period before; zero when nothing was spent in it. */
  readonly previousTotal: OverviewAmount;
  /** Largest first. */
  readonly byCategory: ReadonlyArray<OverviewAmount & { readonly category: string }>;
  /** Every day of the period in order. */
  readonly byDay: ReadonlyArray<OverviewAmount & { readonly date: string }>;
}

export interface PeriodOverview {
  readonly period: Period;
  readonly previous: Period;
  /** Currencies spent in this period or the one before, by code. */
  readonly currencies: ReadonlyArray<CurrencyOverview>;
}

export async function getPeriodOverview(
  store: LedgerStore,
  user: Pick<User, 'id' | 'weekStart'>,
  period: Period,
): Promise<PeriodOverview> {
  const previous = periodBefore(period, 'same', user.weekStart);
  const range = { from: period.from, to: period.to };
  // One after another: a transaction's single connection (tedious in particular) takes one query at a time.
  const totals = await store.sumExpenses(user.id, { ...range, groupBy: 'none' });
  const before = await store.sumExpenses(user.id, { from: previous.from, to: previous.to, groupBy: 'none' });
  const byCategory = await store.sumExpenses(user.id, { ...range, groupBy: 'category' });
  const byDay = await store.sumExpenses(user.id, { ...range, groupBy: 'day' });
  const codes = [...new Set([...totals, ...before].map((row) => row.currency))].sort();
  const days = daysOf(period);
  return {
    period,
    previous,
    currencies: codes.map((currency) => {
      const dayRows = new Map(rowsOf(byDay, currency).map((row) => [row.key, row]));
      return {
        currency,
        total: amountOf(
          totals.find((row) => row.currency === currency),
          currency,
        ),
        previousTotal: amountOf(
          before.find((row) => row.currency === currency),
          currency,
        ),
        byCategory: rowsOf(byCategory, currency)
          .sort((a, b) => b.minor - a.minor || a.key.localeCompare(b.key))
          .map((row) => ({ category: row.key, ...amountOf(row, currency) })),
        byDay: days.map((date) => ({ date, ...amountOf(dayRows.get(date), currency) })),
      };
    }),
  };
}

function daysOf(period: Period): string[] {
  const days: string[] = [];
  for (let day = period.from; day <= period.to; day = addDays(day, 1)) days.push(day);
  return days;
}

function rowsOf(rows: ReadonlyArray<SumRow>, currency: string): SumRow[] {
  return rows.filter((row) => row.currency === currency);
}

function amountOf(row: SumRow | undefined, currency: string): OverviewAmount {
  const minor = row?.minor ?? 0;
  return { minor, amount: minorToDecimal(minor, currency), count: row?.count ?? 0 };
}
