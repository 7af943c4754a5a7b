/**
 * The ReportRenderer the core calls: CSV, JSON and XLSX exports; PDF and XLSX month reports with their charts.
 * The XLSX and PDF writers (exceljs, pdfkit, resvg) are loaded on first use: they add seconds to the start of a
 * busy machine's every finbot process, most of which never write one.
 */
import type { ReportRenderer } from '../core/ports/report-renderer.ts';
import { mimeTypes } from '../core/reports/report-file.ts';
import type { Clock } from '../core/time/clock.ts';
import type { CurrencyCharts } from './charts/report-charts.ts';
import { expensesCsv, exportRow } from './expenses-csv.ts';
import { exportFileName, reportFileName } from './file-names.ts';

export function createReportRenderer(clock: Clock): ReportRenderer {
  return {
    async expenses(data, format) {
      const fileName = exportFileName(data.period, format);
      switch (format) {
        case 'csv':
          return { fileName, mimeType: mimeTypes.csv, bytes: utf8(`${expensesCsv(data.expenses)}\n`) };
        case 'json':
          return {
            fileName,
            mimeType: mimeTypes.json,
            bytes: utf8(`${JSON.stringify(data.expenses.map(exportRow), null, 2)}\n`),
          };
        case 'xlsx': {
          const { expensesWorkbook } = await import('./xlsx/expenses-workbook.ts');
          return { fileName, mimeType: mimeTypes.xlsx, bytes: await expensesWorkbook(data, clock.now()) };
        }
      }
    },
    async monthReport(report, format) {
      const fileName = reportFileName(report.month, format);
      if (format === 'xlsx') {
        const { monthReportWorkbook } = await import('./xlsx/month-report-workbook.ts');
        return { fileName, mimeType: mimeTypes.xlsx, bytes: await monthReportWorkbook(report) };
      }
      const [{ renderCurrencyCharts }, { monthReportPdf }] = await Promise.all([
        import('./charts/report-charts.ts'),
        import('./pdf/month-report-pdf.ts'),
      ]);
      const charts = new Map<string, CurrencyCharts>();
      for (const block of report.currencies) charts.set(block.currency, await renderCurrencyCharts(report, block));
      return { fileName, mimeType: mimeTypes.pdf, bytes: await monthReportPdf(report, charts) };
    },
  };
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
