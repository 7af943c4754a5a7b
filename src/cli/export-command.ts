/** `finbot export`: a user's expenses as CSV or JSON, oldest first. */

import { expensesCsv, exportRow } from '../core/format/expenses-csv.ts';
import type { LedgerStore } from '../core/ports/ledger-store.ts';
import { parseIsoDate } from '../core/time/period.ts';
import { CliError, findCliUser } from './find-cli-user.ts';

export interface ExportOptions {
  readonly user: string;
  readonly from?: string;
  readonly to?: string;
  readonly format: string;
}

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
  if (options.format === 'json') return JSON.stringify(expenses.map(exportRow), null, 2);
  return expensesCsv(expenses);
}
