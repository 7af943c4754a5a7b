/** A month report as an XLSX workbook: a summary, category and day sums, the largest expenses, every expense. */
import ExcelJS from 'exceljs';
import type { MonthReport } from '../../core/reports/month-report.ts';
import { dateCell, dateFormat } from './cell-values.ts';
import {
  addExpenseRow,
  addExpensesSheet,
  addRowWithMoney,
  addTableSheet,
  addTotalRows,
  expenseColumns,
  workbookBytes,
} from './expense-sheets.ts';

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

  const byCategory = addTableSheet(workbook, 'By category', [
    { header: 'Currency', key: 'currency', width: 10 },
    { header: 'Category', key: 'category', width: 22 },
    { header: 'Expenses', key: 'count', width: 10 },
    { header: 'Total', key: 'total', width: 18 },
  ]);
  for (const block of report.currencies) {
    for (const row of block.byCategory) {
      addRowWithMoney(
        byCategory,
        { currency: block.currency, category: row.category, count: row.count },
        { total: row.minor },
        block.currency,
      );
    }
  }

  const byDay = addTableSheet(workbook, 'By day', [
    { header: 'Currency', key: 'currency', width: 10 },
    { header: 'Date', key: 'date', width: 12, style: { numFmt: dateFormat } },
    { header: 'Expenses', key: 'count', width: 10 },
    { header: 'Total', key: 'total', width: 18 },
  ]);
  for (const block of report.currencies) {
    for (const row of block.byDay) {
      addRowWithMoney(
        byDay,
        { currency: block.currency, date: dateCell(row.date), count: row.count },
        { total: row.minor },
        block.currency,
      );
    }
  }

  const largest = addTableSheet(workbook, 'Largest', expenseColumns);
  for (const block of report.currencies) {
    for (const expense of block.largest) addExpenseRow(largest, expense);
  }

  if (report.budgets.length > 0) {
    const budgets = addTableSheet(workbook, 'Budgets', [
      { header: 'Budget', key: 'name', width: 22 },
      { header: 'Period', key: 'period', width: 10 },
      { header: 'From', key: 'from', width: 12, style: { numFmt: dateFormat } },
      { header: 'To', key: 'to', width: 12, style: { numFmt: dateFormat } },
      { header: 'Currency', key: 'currency', width: 10 },
      { header: 'Limit', key: 'limit', width: 16 },
      { header: 'Spent', key: 'spent', width: 16 },
      { header: 'Spent %', key: 'percent', width: 10 },
    ]);
    for (const budget of report.budgets) {
      addRowWithMoney(
        budgets,
        {
          name: budget.name,
          period: budget.period === 'month' ? 'monthly' : 'weekly',
          from: dateCell(budget.from),
          to: dateCell(budget.to),
          currency: budget.currency,
          percent: budget.percent,
        },
        { limit: budget.limitMinor, spent: budget.spentMinor },
        budget.currency,
      );
    }
  }

  addExpensesSheet(workbook, report.expenses);
  return workbookBytes(workbook);
}
