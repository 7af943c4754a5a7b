/** An expense export as an XLSX workbook: the expenses, and a sheet of totals per currency. */
import ExcelJS from 'exceljs';
import type { ExpenseExport } from '../../core/reports/expense-export.ts';
import { addExpensesSheet, addTotalsSheet, workbookBytes } from './expense-sheets.ts';

export async function expensesWorkbook(data: ExpenseExport, createdAt: Date): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'finbot';
  workbook.created = createdAt;
  workbook.title = `Expenses of ${data.owner.name}, ${data.period.from} to ${data.period.to}`;
  addExpensesSheet(workbook, data.expenses);
  addTotalsSheet(workbook, data.totals);
  return workbookBytes(workbook);
}
