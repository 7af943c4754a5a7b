/** Gathers an expense export from the store: the period's live expenses, oldest first, and per-currency totals. */
import type { User } from '../domain/user.ts';
import type { LedgerStore } from '../ports/ledger-store.ts';
import type { Period } from '../time/period.ts';
import type { ExpenseExport, ReportOwner } from './expense-export.ts';

export type ExpenseReader = Pick<LedgerStore, 'listExpenses' | 'sumExpenses'>;

export async function readExpenseExport(store: ExpenseReader, user: User, period: Period): Promise<ExpenseExport> {
  const range = { from: period.from, to: period.to };
  const newestFirst = await store.listExpenses(user.id, range);
  const totals = await store.sumExpenses(user.id, { ...range, groupBy: 'none' });
  return { owner: reportOwner(user), period, expenses: [...newestFirst].reverse(), totals };
}

export function reportOwner(user: Pick<User, 'displayName' | 'platformUserId' | 'locale' | 'timeZone'>): ReportOwner {
  return { name: user.displayName ?? user.platformUserId, locale: user.locale, timeZone: user.timeZone };
}
