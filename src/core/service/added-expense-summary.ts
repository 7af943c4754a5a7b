/** How a newly recorded expense is confirmed (chat reply and model tool alike): the line, the week so far, the event. */
import type { Expense } from '../domain/expense.ts';
import type { User } from '../domain/user.ts';
import { formatDay } from '../format/date-label.ts';
import { formatMoney, type Money } from '../money/money.ts';
import type { LedgerStore } from '../ports/ledger-store.ts';
import { resolvePeriod } from '../time/period.ts';

export interface AddedExpenseSummary {
  /** "Added #3: ₹250.00 · groceries · today", then "This week so far: …" when the expense is this week's. */
  readonly lines: ReadonlyArray<string>;
  /** This week's total in the expense's currency, summed by the database; absent for other weeks. */
  readonly weekTotal?: Money;
  /** The thread event recording it. */
  readonly event: string;
}

export async function summarizeAddedExpense(
  store: LedgerStore,
  user: User,
  today: string,
  expense: Expense,
): Promise<AddedExpenseSummary> {
  const week = resolvePeriod({ kind: 'this_week' }, today, user.weekStart);
  const inWeek = expense.spentOn >= week.from && expense.spentOn <= week.to;
  const row = inWeek
    ? (await store.sumExpenses(user.id, { from: week.from, to: week.to, groupBy: 'none' })).find(
        (sum) => sum.currency === expense.amount.currency,
      )
    : undefined;
  const weekTotal = row ? { minor: row.minor, currency: row.currency } : undefined;
  const amount = formatMoney(expense.amount, user.locale);
  const day = expense.spentOn === today ? 'today' : formatDay(expense.spentOn, user.locale, today);
  const note = expense.note ? ` (${expense.note})` : '';
  const lines = [`Added #${expense.number}: ${amount} · ${expense.category} · ${day}${note}`];
  if (weekTotal) lines.push(`This week so far: ${formatMoney(weekTotal, user.locale)}`);
  return {
    lines,
    ...(weekTotal ? { weekTotal } : {}),
    event: `expense #${expense.number} added: ${amount} ${expense.category} on ${expense.spentOn}${note}`,
  };
}
