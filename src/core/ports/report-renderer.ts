/** The port that writes files: the core gathers the numbers, a renderer outside it lays them out as CSV, XLSX or PDF. */
import type { ExpenseExport } from '../reports/expense-export.ts';
import type { MonthReport } from '../reports/month-report.ts';
import type { ExportFormat, ReportFile, ReportFormat } from '../reports/report-file.ts';

export interface ReportRenderer {
  /** The expenses of a period as one file. */
  expenses(data: ExpenseExport, format: ExportFormat): Promise<ReportFile>;
  /** A month report: totals, charts, the largest expenses (and budgets, when the report has them). */
  monthReport(report: MonthReport, format: ReportFormat): Promise<ReportFile>;
}
