import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { readExpenseExport } from '../../src/core/reports/build-expense-export.ts';
import { monthPeriod } from '../../src/core/reports/report-month.ts';
import { fixedClock } from '../../src/core/time/clock.ts';
import { createReportRenderer } from '../../src/reports/create-report-renderer.ts';
import { readWorkbook } from './read-files.ts';
import { createReportFixture, type ReportFixture } from './report-fixture.ts';

const renderer = createReportRenderer(fixedClock(new Date('2026-12-02T06:30:00Z')));
const november = monthPeriod('2026-11');

describe('expense exports', () => {
  let fixture: ReportFixture;
  before(async () => {
    fixture = await createReportFixture();
  });
  after(() => fixture.core.close());

  const exportOf = async () => {
    assert.ok(november);
    return readExpenseExport(fixture.core.store, fixture.user, november);
  };

  test('the XLSX lists the month oldest first with date cells and amounts as numbers in their currency format', async () => {
    const file = await renderer.expenses(await exportOf(), 'xlsx');
    assert.equal(file.fileName, 'finbot-expenses-2026-11.xlsx');
    const sheet = (await readWorkbook(file.bytes)).getWorksheet('Expenses');
    assert.ok(sheet);
    assert.deepEqual(
      [1, 2, 3, 4, 5, 6].map((column) => sheet.getRow(1).getCell(column).value),
      ['No.', 'Date', 'Category', 'Note', 'Amount', 'Currency'],
    );
    assert.equal(sheet.rowCount, 8);
    const rows = [2, 3, 4, 5, 6, 7, 8].map((index) => sheet.getRow(index));
    assert.deepEqual(
      rows.map((row) => [row.getCell(1).value, row.getCell(3).value, row.getCell(5).value, row.getCell(6).value]),
      [
        [1, 'rent', 15000, 'INR'],
        [2, 'groceries', 1250.5, 'INR'],
        [3, 'tea', 40, 'INR'],
        [4, 'groceries', 800.25, 'INR'],
        [5, 'ramen', 1200, 'JPY'],
        [6, 'taxi', 3400, 'JPY'],
        [7, 'hotel', 45.25, 'BHD'],
      ],
    );
    const first = rows[0];
    assert.ok(first);
    assert.equal(first.getCell(2).type, ExcelJS.ValueType.Date);
    assert.deepEqual(first.getCell(2).value, new Date('2026-11-01T00:00:00Z'));
    assert.equal(first.getCell(2).numFmt, 'yyyy-mm-dd');
    assert.equal(first.getCell(5).type, ExcelJS.ValueType.Number);
    assert.equal(first.getCell(5).numFmt, '"₹"#,##0.00;-"₹"#,##0.00');
    assert.equal(rows[4]?.getCell(5).numFmt, '"¥"#,##0;-"¥"#,##0');
    assert.equal(rows[6]?.getCell(5).numFmt, '"BHD "#,##0.000;-"BHD "#,##0.000');
    assert.equal(rows[6]?.getCell(5).value, 45.25);
  });

  test('the XLSX has a totals sheet with one row per currency, as the database summed it', async () => {
    const file = await renderer.expenses(await exportOf(), 'xlsx');
    const totals = (await readWorkbook(file.bytes)).getWorksheet('Totals');
    assert.ok(totals);
    const rows = [2, 3, 4].map((index) => totals.getRow(index));
    assert.deepEqual(
      rows.map((row) => [row.getCell(1).value, row.getCell(2).value, row.getCell(3).value]),
      [
        ['BHD', 1, 45.25],
        ['INR', 4, 17090.75],
        ['JPY', 2, 4600],
      ],
    );
    for (const row of rows) assert.equal(row.getCell(3).type, ExcelJS.ValueType.Number);
    assert.equal(rows[1]?.getCell(3).numFmt, '"₹"#,##0.00;-"₹"#,##0.00');
    assert.equal(totals.rowCount, 4);
  });

  test('the CSV keeps exact decimals and defuses a note that looks like a formula', async () => {
    const file = await renderer.expenses(await exportOf(), 'csv');
    assert.equal(file.mimeType, 'text/csv');
    const lines = new TextDecoder().decode(file.bytes).trimEnd().split('\n');
    assert.equal(lines[0], 'number,spent_on,amount,currency,amount_minor,category,note,created_at');
    assert.equal(lines.length, 8);
    assert.equal(lines[1], '1,2026-11-01,15000.00,INR,1500000,rent,"flat, November",2026-12-01T06:30:00.000Z');
    assert.equal(lines[3], "3,2026-11-03,40.00,INR,4000,tea,'=cmd,2026-12-01T06:30:00.000Z");
    assert.equal(lines[7], '7,2026-11-20,45.250,BHD,45250,hotel,Manama,2026-12-01T06:30:00.000Z');
  });
});
