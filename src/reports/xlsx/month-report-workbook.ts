/** A month report as an XLSX workbook: a summary, category and day sums, the largest expenses, every expense. */
import ExcelJS from 'exceljs';
import type { MonthReport } from '../../core/reports/month-report.ts';
import { currencyNumberFormat, dateCell, dateFormat, majorUnits } from './cell-values.ts';
import { addExpensesSheet, addTotalRows, boldHeader, workbookBytes } from './expense-sheets.ts';

export async function monthReportWorkbook(report: MonthReport): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'finbot';
  workbook.created = new Date(report.generatedAt);
  workbook.title = `Spending report, ${report.monthLabel}, ${report.owner.name}`;

  const summary = workbook.addWorksheet('Summary');
  summary.columns = [
    { key: 'currency', width: 14 },
    { key: 'count', width: 12 },
    { key: 'total', width: 18 },
  ];
  summary.addRow([`Spending report · ${report.monthLabel}`]).font = { bold: true, size: 14 };
  summary.addRow([`${report.owner.name} · ${report.owner.timeZone}`]);
  summary.addRow([]);
  summary.addRow(['Currency', 'Expenses', 'Total']).font = { bold: true };
  addTotalRows(
    summary,
    report.currencies.map((block) => ({ currency: block.currency, ...block.total })),
  );
  if (report.currencies.length === 0) summary.addRow([`No spending recorded in ${report.monthLabel}.`]);

  const byCategory = workbook.addWorksheet('By category');
  byCategory.columns = [
    { header: 'Currency', key: 'currency', width: 10 },
    { header: 'Category', key: 'category', width: 22 },
    { header: 'Expenses', key: 'count', width: 10 },
    { header: 'Total', key: 'total', width: 18 },
  ];
  boldHeader(byCategory);
  for (const block of report.currencies) {
    for (const row of block.byCategory) {
      byCategory
        .addRow({ ...row, currency: block.currency, total: majorUnits(row.minor, block.currency) })
        .getCell('total').numFmt = currencyNumberFormat(block.currency);
    }
  }

  const byDay = workbook.addWorksheet('By day');
  byDay.columns = [
    { header: 'Currency', key: 'currency', width: 10 },
    { header: 'Date', key: 'date', width: 12, style: { numFmt: dateFormat } },
    { header: 'Expenses', key: 'count', width: 10 },
    { header: 'Total', key: 'total', width: 18 },
  ];
  boldHeader(byDay);
  for (const block of report.currencies) {
    for (const row of block.byDay) {
      byDay
        .addRow({
          currency: block.currency,
          date: dateCell(row.date),
          count: row.count,
          total: majorUnits(row.minor, block.currency),
        })
        .getCell('total').numFmt = currencyNumberFormat(block.currency);
    }
  }

  const largest = workbook.addWorksheet('Largest');
  largest.columns = [
    { header: 'No.', key: 'number', width: 7 },
    { header: 'Date', key: 'date', width: 12, style: { numFmt: dateFormat } },
    { header: 'Category', key: 'category', width: 20 },
    { header: 'Note', key: 'note', width: 32 },
    { header: 'Amount', key: 'amount', width: 16 },
    { header: 'Currency', key: 'currency', width: 10 },
  ];
  boldHeader(largest);
  for (const block of report.currencies) {
    for (const expense of block.largest) {
      largest
        .addRow({
          number: expense.number,
          date: dateCell(expense.spentOn),
          category: expense.category,
          note: expense.note ?? '',
          amount: majorUnits(expense.amount.minor, block.currency),
          currency: block.currency,
        })
        .getCell('amount').numFmt = currencyNumberFormat(block.currency);
    }
  }

  if (report.budgets.length > 0) {
    const budgets = workbook.addWorksheet('Budgets');
    budgets.columns = [
      { header: 'Budget', key: 'name', width: 22 },
      { header: 'Period', key: 'period', width: 10 },
      { header: 'From', key: 'from', width: 12, style: { numFmt: dateFormat } },
      { header: 'To', key: 'to', width: 12, style: { numFmt: dateFormat } },
      { header: 'Currency', key: 'currency', width: 10 },
      { header: 'Limit', key: 'limit', width: 16 },
      { header: 'Spent', key: 'spent', width: 16 },
      { header: 'Spent %', key: 'percent', width: 10 },
    ];
    boldHeader(budgets);
    for (const budget of report.budgets) {
      const row = budgets.addRow({
        name: budget.name,
        period: budget.period === 'month' ? 'monthly' : 'weekly',
        from: dateCell(budget.from),
        to: dateCell(budget.to),
        currency: budget.currency,
        limit: majorUnits(budget.limitMinor, budget.currency),
        spent: majorUnits(budget.spentMinor, budget.currency),
        percent: budget.percent,
      });
      for (const key of ['limit', 'spent']) row.getCell(key).numFmt = currencyNumberFormat(budget.currency);
    }
  }

  addExpensesSheet(workbook, report.expenses);
  return workbookBytes(workbook);
}
