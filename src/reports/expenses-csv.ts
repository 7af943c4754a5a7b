/** An expense export as CSV: one row per expense, amounts as exact decimals beside their minor units. */
import type { Expense } from '../core/domain/expense.ts';
import { minorToDecimal } from '../core/money/money.ts';

export const csvColumns = [
  'number',
  'spent_on',
  'amount',
  'currency',
  'amount_minor',
  'category',
  'note',
  'created_at',
] as const;

export type ExportRow = Record<(typeof csvColumns)[number], string | number | null>;

/** The fields every text export (CSV, JSON) carries for one expense. */
export function exportRow(expense: Expense): ExportRow {
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

/** Header and rows, lines joined by "\n", no line break at the end. */
export function expensesCsv(expenses: ReadonlyArray<Expense>): string {
  const lines = expenses.map((expense) => {
    const row = exportRow(expense);
    return csvColumns.map((column) => csvCell(row[column])).join(',');
  });
  return [csvColumns.join(','), ...lines].join('\n');
}

function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // Quote when needed, and defuse spreadsheet formulas in user-written text.
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
