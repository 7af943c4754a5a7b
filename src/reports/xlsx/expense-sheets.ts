/** Worksheet parts both workbooks share: the expense list and the per-currency totals, in typed cells. */
import type ExcelJS from 'exceljs';
import type { Expense } from '../../core/domain/expense.ts';
import { currencyNumberFormat, dateCell, dateFormat, majorUnits } from './cell-values.ts';

export interface CurrencyTotal {
  readonly currency: string;
  readonly minor: number;
  readonly count: number;
}

/** "Expenses": one row per expense, the date a date cell and the amount a number in its currency's format. */
export function addExpensesSheet(workbook: ExcelJS.Workbook, expenses: ReadonlyArray<Expense>): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet('Expenses', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'No.', key: 'number', width: 7 },
    { header: 'Date', key: 'date', width: 12, style: { numFmt: dateFormat } },
    { header: 'Category', key: 'category', width: 20 },
    { header: 'Note', key: 'note', width: 32 },
    { header: 'Amount', key: 'amount', width: 16 },
    { header: 'Currency', key: 'currency', width: 10 },
  ];
  boldHeader(sheet);
  for (const expense of expenses) {
    const row = sheet.addRow({
      number: expense.number,
      date: dateCell(expense.spentOn),
      category: expense.category,
      note: expense.note ?? '',
      amount: majorUnits(expense.amount.minor, expense.amount.currency),
      currency: expense.amount.currency,
    });
    row.getCell('amount').numFmt = currencyNumberFormat(expense.amount.currency);
  }
  if (expenses.length > 0) sheet.autoFilter = { from: 'A1', to: 'F1' };
  return sheet;
}

/** "Totals": one row per currency, as the database summed it (never a sum across currencies). */
export function addTotalsSheet(workbook: ExcelJS.Workbook, totals: ReadonlyArray<CurrencyTotal>): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet('Totals');
  sheet.columns = [
    { header: 'Currency', key: 'currency', width: 10 },
    { header: 'Expenses', key: 'count', width: 10 },
    { header: 'Total', key: 'total', width: 18 },
  ];
  boldHeader(sheet);
  addTotalRows(sheet, totals);
  return sheet;
}

export function addTotalRows(sheet: ExcelJS.Worksheet, totals: ReadonlyArray<CurrencyTotal>): void {
  for (const total of totals) {
    const row = sheet.addRow({
      currency: total.currency,
      count: total.count,
      total: majorUnits(total.minor, total.currency),
    });
    row.getCell('total').numFmt = currencyNumberFormat(total.currency);
  }
}

export function boldHeader(sheet: ExcelJS.Worksheet): void {
  sheet.getRow(1).font = { bold: true };
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
