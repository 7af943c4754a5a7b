/** One expense as tools report it; no row id or user id, only the user's own expense number. */
import type { Expense } from '../../domain/expense.ts';
import { type MoneyJson, moneyJson } from './money-json.ts';

export interface ExpenseJson {
  readonly number: number;
  readonly amount: MoneyJson;
  readonly category: string;
  readonly note: string | null;
  readonly spent_on: string;
}

export function expenseJson(expense: Expense, locale: string): ExpenseJson {
  return {
    number: expense.number,
    amount: moneyJson(expense.amount, locale),
    category: expense.category,
    note: expense.note,
    spent_on: expense.spentOn,
  };
}
