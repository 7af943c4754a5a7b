/** Worksheet parts both workbooks share: sheets of typed columns, money cells, expense rows and currency totals. */
import type ExcelJS from 'exceljs';
import type { Expense } from '../../core/domain/expense.ts';
import { currencyNumberFormat, dateCell, dateFormat, majorUnits } from './cell-values.ts';

export interface CurrencyTotal {
  readonly currency: string;
  readonly minor: number;
  readonly count: number;
}

/** A sheet whose first row names `columns`, in bold. */
export function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: ReadonlyArray<Partial<ExcelJS.Column>>,
  options?: Partial<ExcelJS.AddWorksheetOptions>,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, options);
  sheet.columns = [...columns];
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

/** A row whose `money` cells (minor units) become numbers in major units, shown in the currency's format. */
export function addRowWithMoney(
  sheet: ExcelJS.Worksheet,
  values: Readonly<Record<string, unknown>>,
  money: Readonly<Record<string, number>>,
  currency: string,
): ExcelJS.Row {
  const amounts = Object.fromEntries(Object.entries(money).map(([key, minor]) => [key, majorUnits(minor, currency)]));
  const row = sheet.addRow({ ...values, ...amounts });
  for (const key of Object.keys(money)) row.getCell(key).numFmt = currencyNumberFormat(currency);
  return row;
}

/** The columns of a list of expenses: number, date cell, category, note, amount, currency. */
export const expenseColumns: ReadonlyArray<Partial<ExcelJS.Column>> = [
  { header: 'No.', key: 'number', width: 7 },
  { header: 'Date', key: 'date', width: 12, style: { numFmt: dateFormat } },
  { header: 'Category', key: 'category', width: 20 },
  { header: 'Note', key: 'note', width: 32 },
  { header: 'Amount', key: 'amount', width: 16 },
  { header: 'Currency', key: 'currency', width: 10 },
];

export function addExpenseRow(sheet: ExcelJS.Worksheet, expense: Expense): ExcelJS.Row {
  const { currency } = expense.amount;
  return addRowWithMoney(
    sheet,
    {
      number: expense.number,
      date: dateCell(expense.spentOn),
      category: expense.category,
      note: expense.note ?? '',
      currency,
    },
    { amount: expense.amount.minor },
    currency,
  );
}

/** "Expenses": one row per expense, the date a date cell and the amount a number in its currency's format. */
export function addExpensesSheet(workbook: ExcelJS.Workbook, expenses: ReadonlyArray<Expense>): ExcelJS.Worksheet {
  const sheet = addTableSheet(workbook, 'Expenses', expenseColumns, { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const expense of expenses) addExpenseRow(sheet, expense);
  if (expenses.length > 0) sheet.autoFilter = { from: 'A1', to: 'F1' };
  return sheet;
}

/** "Totals": one row per currency, as the database summed it (never a sum across currencies). */
export function addTotalsSheet(workbook: ExcelJS.Workbook, totals: ReadonlyArray<CurrencyTotal>): ExcelJS.Worksheet {
  const sheet = addTableSheet(workbook, 'Totals', [
    { header: 'Currency', key: 'currency', width: 10 },
    { header: 'Expenses', key: 'count', width: 10 },
    { header: 'Total', key: 'total', width: 18 },
  ]);
  addTotalRows(sheet, totals);
  return sheet;
}

export function addTotalRows(sheet: ExcelJS.Worksheet, totals: ReadonlyArray<CurrencyTotal>): void {
  for (const total of totals) {
    addRowWithMoney(sheet, { currency: total.currency, count: total.count }, { total: total.minor }, total.currency);
  }
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
