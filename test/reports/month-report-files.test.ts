import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { buildMonthReport } from '../../src/core/reports/build-month-report.ts';
import type { MonthReport } from '../../src/core/reports/month-report.ts';
import { fixedClock } from '../../src/core/time/clock.ts';
import { createReportRenderer } from '../../src/reports/create-report-renderer.ts';
import { readPdfText, readWorkbook } from './read-files.ts';
import { createReportFixture, type ReportFixture } from './report-fixture.ts';

const renderer = createReportRenderer(fixedClock(new Date('2026-12-02T06:30:00Z')));

describe('month reports', () => {
  let fixture: ReportFixture;
  let report: MonthReport;
  before(async () => {
    fixture = await createReportFixture();
    report = await buildMonthReport(fixture.core.store, fixture.user, '2026-11', '2026-12-02T06:30:00.000Z');
  });
  after(() => fixture.core.close());

  test('the report holds each currency apart, summed and ranked by the database', () => {
    assert.equal(report.monthLabel, 'November 2026');
    assert.deepEqual(
      report.currencies.map((block) => [block.currency, block.total.minor, block.total.count]),
      [
        ['INR', 1709075, 4],
        ['JPY', 4600, 2],
        ['BHD', 45250, 1],
      ],
    );
    const inr = report.currencies[0];
    assert.deepEqual(
      inr?.byCategory.map((row) => [row.category, row.minor]),
      [
        ['rent', 1500000],
        ['groceries', 205075],
        ['tea', 4000],
      ],
    );
    assert.deepEqual(
      inr?.byDay.map((row) => [row.date, row.minor]),
      [
        ['2026-11-01', 1500000],
        ['2026-11-03', 129050],
        ['2026-11-10', 80025],
      ],
    );
    assert.deepEqual(
      inr?.largest.map((expense) => expense.number),
      [1, 2, 4, 3],
    );
    assert.equal(report.expenses.length, 7);
    assert.deepEqual(
      report.budgets.map((budget) => [
        budget.name,
        budget.period,
        budget.from,
        budget.to,
        budget.spentMinor,
        budget.percent,
      ]),
      [
        ['overall', 'month', '2026-11-01', '2026-11-30', 1709075, 85],
        ['groceries', 'month', '2026-11-01', '2026-11-30', 205075, 136],
        ['tea', 'week', '2026-11-30', '2026-12-06', 0, 0],
      ],
    );
  });

  test('the PDF has text on every page: the header, totals in ₹ ¥ and BHD, the largest expenses, page numbers', async () => {
    const file = await renderer.monthReport(report, 'pdf');
    assert.equal(file.fileName, 'finbot-report-2026-11.pdf');
    assert.equal(file.mimeType, 'application/pdf');
    const pdf = await readPdfText(file.bytes);
    // Totals, then two charts and a table per currency: more than one page.
    assert.ok(pdf.pageCount >= 3, `expected at least 3 pages, got ${pdf.pageCount}`);
    for (const [index, page] of pdf.pages.entries()) {
      assert.match(page, /finbot · meera · November 2026/, `page ${index + 1} header`);
      assert.match(page, new RegExp(`Page ${index + 1} of ${pdf.pageCount}`), `page ${index + 1} number`);
    }
    const all = pdf.pages.join('\n');
    assert.match(all, /Spending report · November 2026/);
    assert.match(all, /₹17,090\.75 INR · 4 expenses/);
    assert.match(all, /¥4,600 JPY · 2 expenses/);
    assert.match(all, /BHD 45\.250 BHD · 1 expense/);
    assert.match(all, /Largest expenses · INR/);
    assert.match(all, /#1 1 Nov rent flat, November ₹15,000\.00/);
    assert.match(all, /By category · JPY/);
    assert.match(all, /By day · BHD/);
    assert.doesNotMatch(all, /999\.00/, 'October is not in November');
    assert.match(all, /overall \(monthly\): ₹17,090\.75 of ₹20,000\.00 · 85 % · within/);
    assert.match(all, /groceries \(monthly\): ₹2,050\.75 of ₹1,500\.00 · 136 % · over/);
    assert.match(all, /tea \(weekly, 30 Nov – 6 Dec\): ₹0\.00 of ₹30\.00 · 0 % · within/);
  });

  test('a month without spending still makes a one-page PDF that says so', async () => {
    const empty = await buildMonthReport(fixture.core.store, fixture.user, '2026-09', '2026-12-02T06:30:00.000Z');
    const pdf = await readPdfText((await renderer.monthReport(empty, 'pdf')).bytes);
    assert.equal(pdf.pageCount, 1);
    assert.match(pdf.pages[0] ?? '', /No spending recorded in September 2026\./);
    assert.match(pdf.pages[0] ?? '', /Page 1 of 1/);
  });

  test('the report workbook has the totals, category and day sums and every expense in typed cells', async () => {
    const file = await renderer.monthReport(report, 'xlsx');
    assert.equal(file.fileName, 'finbot-report-2026-11.xlsx');
    const workbook = await readWorkbook(file.bytes);
    assert.deepEqual(
      workbook.worksheets.map((sheet) => sheet.name),
      ['Summary', 'By category', 'By day', 'Largest', 'Budgets', 'Expenses'],
    );
    const summary = workbook.getWorksheet('Summary');
    assert.ok(summary);
    assert.equal(summary.getCell('A1').value, 'Spending report · November 2026');
    assert.deepEqual(
      [5, 6, 7].map((row) => [
        summary.getCell(row, 1).value,
        summary.getCell(row, 2).value,
        summary.getCell(row, 3).value,
      ]),
      [
        ['INR', 4, 17090.75],
        ['JPY', 2, 4600],
        ['BHD', 1, 45.25],
      ],
    );
    assert.equal(summary.getCell(6, 3).numFmt, '"¥"#,##0;-"¥"#,##0');
    const byDay = workbook.getWorksheet('By day');
    assert.ok(byDay);
    assert.equal(byDay.getCell(2, 2).type, ExcelJS.ValueType.Date);
    assert.deepEqual(byDay.getCell(2, 2).value, new Date('2026-11-01T00:00:00Z'));
    assert.equal(byDay.getCell(3, 4).value, 1290.5);
    assert.equal(byDay.getCell(3, 4).type, ExcelJS.ValueType.Number);
    assert.equal(workbook.getWorksheet('Expenses')?.rowCount, 8);
    const budgets = workbook.getWorksheet('Budgets');
    assert.deepEqual(
      [2, 3].map((row) => [1, 2, 6, 7, 8].map((column) => budgets?.getCell(row, column).value)),
      [
        ['overall', 'monthly', 20000, 17090.75, 85],
        ['groceries', 'monthly', 1500, 2050.75, 136],
      ],
    );
    assert.equal(budgets?.getCell(3, 7).type, ExcelJS.ValueType.Number);
    assert.deepEqual(budgets?.getCell(3, 3).value, new Date('2026-11-01T00:00:00Z'));
  });
});
