/** `finbot report`: one user's month report as a PDF or an XLSX workbook, written to a file. */
import { writeFile } from 'node:fs/promises';
import { buildMonthReport } from '../core/reports/build-month-report.ts';
import type { ReportFormat } from '../core/reports/report-file.ts';
import { isMonth } from '../core/reports/report-month.ts';
import { createReportRenderer } from '../reports/create-report-renderer.ts';
import type { FileCommandDeps } from './export-command.ts';
import { CliError, findCliUser } from './find-cli-user.ts';

export interface ReportOptions {
  readonly user: string;
  /** "2026-11". */
  readonly month: string;
  /** pdf by default. */
  readonly format?: string;
  readonly out: string;
}

const formats: ReadonlyArray<ReportFormat> = ['pdf', 'xlsx'];

export async function reportCommand(deps: FileCommandDeps, options: ReportOptions): Promise<string> {
  const format = (options.format ?? 'pdf') as ReportFormat;
  if (!formats.includes(format)) throw new CliError('--format must be pdf or xlsx.');
  if (!isMonth(options.month)) throw new CliError(`--month "${options.month}" is not a month like 2026-11.`);
  const user = await findCliUser(deps.store, options.user);
  const report = await buildMonthReport(deps.store, user, options.month, deps.clock.now().toISOString());
  const file = await createReportRenderer(deps.clock).monthReport(report, format);
  await writeFile(options.out, file.bytes);
  const count = report.expenses.length;
  return `Wrote the ${report.monthLabel} report (${count} expense${count === 1 ? '' : 's'}) to ${options.out}.`;
}
