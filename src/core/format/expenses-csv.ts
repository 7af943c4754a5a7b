/** Expenses as export rows and as CSV (one row per expense, oldest first as given): the command line's and the dashboard's. */
import type { Expense } from '../domain/expense.ts';
import { minorToDecimal } from '../money/money.ts';

export const csvColumns = [
  'number',
  'spent_on',
  'amount',
  'currency',
  'amount_minor',
  'category',
  'note',
  'created_at',
];

export function exportRow(expense: Expense): Record<string, string | number | null> {
  return {
    number: expense.number,
    spent_on: expense.spentOn,
    amount: minorToDecimal(expense.amount.minor, expense.amount.currency),
    currency: expense.amount.currency,
    amount_minor: expense.amount.minor,
    category: expense.category,
    note: expense.note,
    created_at: expense.createdAt,
  };
}

export function expensesCsv(expenses: ReadonlyArray<Expense>): string {
  const rows = expenses.map(exportRow);
  return [csvColumns.join(','), ...rows.map((row) => csvColumns.map((column) => csvCell(row[column])).join(','))].join(
    '\n',
  );
}

function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // Quote when needed, and defuse spreadsheet formulas in user-written text.
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
