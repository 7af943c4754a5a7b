/** One expense as a line of text: "#12 · ₹250.00 groceries · 25 Nov — big basket". */
import type { Expense } from '../domain/expense.ts';
import { formatMoney } from '../money/money.ts';
import { formatDay } from './date-label.ts';

export function formatExpenseLine(expense: Expense, locale: string, today: string): string {
  const note = expense.note ? ` — ${expense.note}` : '';
  return `#${expense.number} · ${formatMoney(expense.amount, locale)} ${expense.category} · ${formatDay(expense.spentOn, locale, today)}${note}`;
}
