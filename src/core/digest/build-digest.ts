/** Builds one user's weekly digest through the LedgerStore: four queries, one for an empty week. */
import type { User } from '../domain/user.ts';
import { minorToDecimal } from '../money/money.ts';
import type { LedgerStore } from '../ports/ledger-store.ts';
import { assembleDigest } from './assemble-digest.ts';
import { digestWeek } from './digest-week.ts';
import type { WeeklyDigest } from './weekly-digest.ts';

/**
 * The digest of ISO week `week` ("2026-W47", Monday to Sunday) for `user`: totals, categories against the week
 * before, the three largest expenses and the top day, all from database sums. Throws UnknownWeekError for a
 * malformed week.
 */
export async function buildDigest(store: LedgerStore, user: User, week: string): Promise<WeeklyDigest> {
  const periods = digestWeek(week);
  const range = { from: periods.period.from, to: periods.period.to };
  // One query after another: a transaction's single connection takes one query at a time on some drivers.
  const categories = await store.sumExpenses(user.id, { ...range, groupBy: 'category' });
  if (categories.length === 0) {
    return assembleDigest(user.id, periods, { categories, previousCategories: [], days: [], largest: [] });
  }
  const days = await store.sumExpenses(user.id, { ...range, groupBy: 'day' });
  const previousCategories = await store.sumExpenses(user.id, { ...periods.previous, groupBy: 'category' });
  const expenses = await store.listExpenses(user.id, range);
  const largest = expenses.map((expense) => ({
    number: expense.number,
    category: expense.category,
    note: expense.note,
    spentOn: expense.spentOn,
    minor: expense.amount.minor,
    amount: minorToDecimal(expense.amount.minor, expense.amount.currency),
    currency: expense.amount.currency,
  }));
  return assembleDigest(user.id, periods, { categories, previousCategories, days, largest });
}
