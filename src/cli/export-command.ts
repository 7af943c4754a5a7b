/** `finbot export`: a user's expenses as CSV or JSON, oldest first. */

import type { Expense } from '../core/domain/expense.ts';
import { minorToDecimal } from '../core/money/money.ts';
import type { LedgerStore } from '../core/ports/ledger-store.ts';
import { parseIsoDate } from '../core/time/period.ts';
import { CliError, findCliUser } from './find-cli-user.ts';

export interface ExportOptions {
  readonly user: string;
  readonly from?: string;
  readonly to?: string;
  readonly format: string;
}

const csvColumns = ['number', 'spent_on', 'amount', 'currency', 'amount_minor', 'category', 'note', 'created_at'];

export async function exportCommand(deps: { readonly store: LedgerStore }, options: ExportOptions): Promise<string> {
  if (options.format !== 'csv' && options.format !== 'json') throw new CliError('--format must be csv or json.');
  for (const [flag, value] of [
    ['--from', options.from],
    ['--to', options.to],
  ] as const) {
    if (value !== undefined && !parseIsoDate(value))
      throw new CliError(`${flag} "${value}" is not a date like 2026-11-01.`);
  }
  const user = await findCliUser(deps.store, options.user);
  const expenses = (
    await deps.store.listExpenses(user.id, {
      ...(options.from ? { from: options.from } : {}),
      ...(options.to ? { to: options.to } : {}),
    })
  ).reverse();
  const rows = expenses.map(exportRow);
  if (options.format === 'json') return JSON.stringify(rows, null, 2);
  return [csvColumns.join(','), ...rows.map((row) => csvColumns.map((column) => csvCell(row[column])).join(','))].join(
    '\n',
  );
}

function exportRow(expense: Expense): Record<string, string | number | null> {
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

function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // Quote when needed, and defuse spreadsheet formulas in user-written text.
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
