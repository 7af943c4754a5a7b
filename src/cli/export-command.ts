/** `finbot export`: a user's expenses as CSV or JSON (to stdout or a file), or XLSX (to a file), oldest first. */
import { writeFile } from 'node:fs/promises';
import type { LedgerStore } from '../core/ports/ledger-store.ts';
import { readExpenseExport } from '../core/reports/build-expense-export.ts';
import type { ExportFormat } from '../core/reports/report-file.ts';
import type { Clock } from '../core/time/clock.ts';
import { parseIsoDate } from '../core/time/period.ts';
import { createReportRenderer } from '../reports/create-report-renderer.ts';
import { CliError, findCliUser } from './find-cli-user.ts';

export interface ExportOptions {
  readonly user: string;
  readonly from?: string;
  readonly to?: string;
  /** csv by default. */
  readonly format?: string;
  /** Write the file here; without it CSV and JSON go to stdout. */
  readonly out?: string;
}

export interface FileCommandDeps {
  readonly store: LedgerStore;
  readonly clock: Clock;
}

const formats: ReadonlyArray<ExportFormat> = ['csv', 'json', 'xlsx'];
/** Bounds of an export that names none: every expense finbot can hold. */
const earliest = '2000-01-01';
const latest = '9999-12-31';

/** The text for stdout: the file itself (CSV, JSON), or where it was written. */
export async function exportCommand(deps: FileCommandDeps, options: ExportOptions): Promise<string> {
  const format = (options.format ?? 'csv') as ExportFormat;
  if (!formats.includes(format)) throw new CliError('--format must be csv, json or xlsx.');
  if (format === 'xlsx' && !options.out) throw new CliError('--out FILE is needed for xlsx (a binary file).');
  for (const [flag, value] of [
    ['--from', options.from],
    ['--to', options.to],
  ] as const) {
    if (value !== undefined && !parseIsoDate(value))
      throw new CliError(`${flag} "${value}" is not a date like 2026-11-01.`);
  }
  const from = options.from ?? earliest;
  const to = options.to ?? latest;
  if (from > to) throw new CliError('--from is after --to.');
  const user = await findCliUser(deps.store, options.user);
  const data = await readExpenseExport(deps.store, user, { from, to, label: `${from} to ${to}` });
  const file = await createReportRenderer(deps.clock).expenses(data, format);
  if (!options.out) return new TextDecoder().decode(file.bytes).trimEnd();
  await writeFile(options.out, file.bytes);
  const count = data.expenses.length;
  return `Wrote ${count} expense${count === 1 ? '' : 's'} to ${options.out}.`;
}
