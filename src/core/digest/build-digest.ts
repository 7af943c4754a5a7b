/** Builds a user's weekly digest from database sums: totals, categories against the week before, largest expenses, top day. */
import { categoryKey } from '../domain/category.ts';
import type { Expense } from '../domain/expense.ts';
import type { SumRow } from '../domain/stats.ts';
import type { User } from '../domain/user.ts';
import { minorToDecimal } from '../money/money.ts';
import type { LedgerStore } from '../ports/ledger-store.ts';
import { UnknownWeekError } from '../stats/weekly-stats.ts';
import { addDays, isoWeekOf, isoWeekPeriod } from '../time/period.ts';
import { digestChange } from './digest-change.ts';
import type { DigestAmount, DigestCategory, DigestCurrency, DigestExpense, WeeklyDigest } from './weekly-digest.ts';

/**
 * The digest of ISO week `week` ("2026-W47", Monday to Sunday) for `user`. Every amount is a database sum or a
 * stored expense amount; nothing is added up here. Throws UnknownWeekError for a malformed week.
 */
export async function buildDigest(store: LedgerStore, user: User, week: string): Promise<WeeklyDigest> {
  const period = isoWeekPeriod(week);
  if (!period) throw new UnknownWeekError(`"${week}" is not an ISO week like 2026-W47`);
  const previousFrom = addDays(period.from, -7);
  const previousWeek = isoWeekOf(previousFrom);
  const range = { from: period.from, to: period.to };
  // One query after another: a transaction's single connection takes one query at a time on some drivers.
  // Totals are the category sums regrouped by currency (sums of the database's sums, never of raw amounts),
  // which saves a query per week; an empty week costs one query.
  const categories = await store.sumExpenses(user.id, { ...range, groupBy: 'category' });
  const totals = regroupByCurrency(categories);
  const base = { userId: user.id, week: week.toUpperCase(), period, previousWeek };
  if (totals.length === 0) return { ...base, currencies: [] };
  const days = await store.sumExpenses(user.id, { ...range, groupBy: 'day' });
  const previousRange = { from: previousFrom, to: addDays(previousFrom, 6) };
  const previousCategories = await store.sumExpenses(user.id, { ...previousRange, groupBy: 'category' });
  const previousTotals = regroupByCurrency(previousCategories);
  const expenses = await store.listExpenses(user.id, range);

  const currencies = totals.map((total): DigestCurrency => {
    const currency = total.currency;
    const previousTotalMinor = previousTotals.find((row) => row.currency === currency)?.minor ?? 0;
    const previousByKey = new Map(
      previousCategories.filter((row) => row.currency === currency).map((row) => [categoryKey(row.key), row.minor]),
    );
    return {
      currency,
      total: amountOf(total),
      previousTotalMinor,
      totalChange: digestChange(total.minor, previousTotalMinor),
      categories: categories
        .filter((row) => row.currency === currency)
        .sort((a, b) => b.minor - a.minor || a.key.localeCompare(b.key))
        .map((row): DigestCategory => {
          const previousMinor = previousByKey.get(categoryKey(row.key)) ?? 0;
          return {
            category: row.key,
            ...amountOf(row),
            previousMinor,
            change: digestChange(row.minor, previousMinor),
          };
        }),
      largest: largestExpenses(expenses, currency, 3),
      topDay: topDay(days, currency),
    };
  });
  return { ...base, currencies };
}

/** Per-currency totals from grouped sums, in currency order. */
function regroupByCurrency(rows: ReadonlyArray<SumRow>): SumRow[] {
  const totals = new Map<string, SumRow>();
  for (const row of rows) {
    const total = totals.get(row.currency);
    const minor = (total?.minor ?? 0) + row.minor;
    if (!Number.isSafeInteger(minor)) throw new RangeError(`The ${row.currency} total is too large`);
    totals.set(row.currency, { currency: row.currency, key: '', minor, count: (total?.count ?? 0) + row.count });
  }
  return [...totals.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

function amountOf(row: SumRow): DigestAmount {
  return { minor: row.minor, amount: minorToDecimal(row.minor, row.currency), count: row.count };
}

function largestExpenses(expenses: ReadonlyArray<Expense>, currency: string, count: number): DigestExpense[] {
  return expenses
    .filter((expense) => expense.amount.currency === currency)
    .sort((a, b) => b.amount.minor - a.amount.minor || a.number - b.number)
    .slice(0, count)
    .map((expense) => ({
      number: expense.number,
      category: expense.category,
      note: expense.note,
      spentOn: expense.spentOn,
      minor: expense.amount.minor,
      amount: minorToDecimal(expense.amount.minor, currency),
    }));
}

function topDay(days: ReadonlyArray<SumRow>, currency: string): { date: string } & DigestAmount {
  let best: SumRow | undefined;
  for (const row of days) {
    if (row.currency !== currency) continue;
    if (!best || row.minor > best.minor || (row.minor === best.minor && row.key < best.key)) best = row;
  }
  if (!best) throw new Error(`No day sums for ${currency} although the week has a total`);
  return { date: best.key, ...amountOf(best) };
}
