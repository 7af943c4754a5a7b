/**
 * A month report as PDF (pdfkit, DejaVu Sans so ₹ € £ ¥ render): totals per currency, a chart by category and
 * one by day, the largest expenses, and how the month's budgets ended. Every page carries a header naming the
 * user and the month, and its page number.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { formatDay } from '../../core/format/date-label.ts';
import { formatMoney } from '../../core/money/money.ts';
import type { MonthReport, ReportCurrency } from '../../core/reports/month-report.ts';
import type { CurrencyCharts } from '../charts/report-charts.ts';
import { opaquePng } from './opaque-png.ts';

const require = createRequire(import.meta.url);
/** One face, read once: each embedded face is subset and compressed again for every document. */
let dejaVuSans: Buffer | undefined;
const font = () => {
  dejaVuSans ??= readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
  return dejaVuSans;
};

const margin = 50;
const headerSpace = 30;

export async function monthReportPdf(
  report: MonthReport,
  charts: ReadonlyMap<string, CurrencyCharts>,
): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    bufferPages: true,
    margins: { top: margin + headerSpace, bottom: margin + 10, left: margin, right: margin },
    info: { Title: `Spending report, ${report.monthLabel}`, Author: report.owner.name, Creator: 'finbot' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.registerFont('body', font());
  const locale = report.owner.locale;
  const money = (minor: number, currency: string) => formatMoney({ minor, currency }, locale);
  const width = doc.page.width - 2 * margin;

  doc.font('body').fontSize(20).text(`Spending report · ${report.monthLabel}`);
  doc
    .font('body')
    .fontSize(10)
    .fillColor('#555')
    .text(
      `${report.owner.name} · ${report.owner.timeZone} · made ${report.generatedAt.slice(0, 16).replace('T', ' ')} UTC`,
    )
    .fillColor('#000')
    .moveDown();

  heading(doc, 'Totals');
  if (report.currencies.length === 0) {
    doc.font('body').fontSize(11).text(`No spending recorded in ${report.monthLabel}.`);
  }
  for (const block of report.currencies) {
    const count = `${block.total.count} expense${block.total.count === 1 ? '' : 's'}`;
    doc
      .font('body')
      .fontSize(12)
      .text(`${money(block.total.minor, block.currency)}`, { continued: true });
    doc.font('body').fontSize(11).text(`  ${block.currency} · ${count}`);
  }

  for (const block of report.currencies) {
    const drawn = charts.get(block.currency);
    if (drawn) {
      for (const [title, chart] of [
        [`By category · ${block.currency}`, drawn.byCategory],
        [`By day · ${block.currency}`, drawn.byDay],
      ] as const) {
        const height = (width * chart.height) / chart.width;
        ensureSpace(doc, height + 40);
        heading(doc, title);
        doc.image(opaquePng(chart.png), margin, doc.y, { width });
        doc.y += height + 10;
      }
    }
    largestTable(doc, block, money, locale, width);
  }

  // How each budget ended: the plans live at the month's end, over the month (or its last week, when weekly).
  ensureSpace(doc, 60);
  heading(doc, 'Budgets');
  if (report.budgets.length === 0) doc.font('body').fontSize(11).text('No budgets were set for this month.');
  for (const budget of report.budgets) {
    const over = budget.spentMinor > budget.limitMinor;
    const window =
      budget.period === 'month'
        ? 'monthly'
        : `weekly, ${formatDay(budget.from, locale)} – ${formatDay(budget.to, locale)}`;
    ensureSpace(doc, 18);
    doc
      .font('body')
      .fontSize(11)
      .fillColor(over ? '#b00020' : '#000')
      .text(
        `${budget.name} (${window}): ${money(budget.spentMinor, budget.currency)} of ${money(budget.limitMinor, budget.currency)} · ${budget.percent} % · ${over ? 'over' : 'within'}`,
        margin,
      )
      .fillColor('#000');
  }

  const pages = doc.bufferedPageRange();
  for (let index = 0; index < pages.count; index += 1) {
    doc.switchToPage(pages.start + index);
    // Header and footer sit in the margins: without lifting the bottom margin pdfkit would start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('body')
      .fontSize(9)
      .fillColor('#555')
      .text(`finbot · ${report.owner.name} · ${report.monthLabel}`, margin, margin - 10, { width, lineBreak: false });
    doc.text(`Page ${index + 1} of ${pages.count}`, margin, doc.page.height - margin, {
      width,
      align: 'right',
      lineBreak: false,
    });
    doc.fillColor('#000');
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}

function heading(doc: PDFKit.PDFDocument, title: string): void {
  doc.moveDown(0.5).font('body').fontSize(14).fillColor('#000').text(title, margin).moveDown(0.3);
}

/** Starts a new page unless `height` points are left on this one. */
function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function largestTable(
  doc: PDFKit.PDFDocument,
  block: ReportCurrency,
  money: (minor: number, currency: string) => string,
  locale: string,
  width: number,
): void {
  if (block.largest.length === 0) return;
  ensureSpace(doc, 80);
  heading(doc, `Largest expenses · ${block.currency}`);
  const columns = [
    { title: 'No.', x: 0, width: 40, align: 'left' as const },
    { title: 'Date', x: 40, width: 70, align: 'left' as const },
    { title: 'Category', x: 110, width: 110, align: 'left' as const },
    { title: 'Note', x: 220, width: width - 220 - 110, align: 'left' as const },
    { title: 'Amount', x: width - 100, width: 100, align: 'right' as const },
  ];
  const row = (cells: ReadonlyArray<string>, font: string) => {
    ensureSpace(doc, 18);
    const y = doc.y;
    doc.font(font).fontSize(10);
    cells.forEach((cell, index) => {
      const column = columns[index];
      if (!column) return;
      doc.text(cell, margin + column.x, y, {
        width: column.width,
        align: column.align,
        lineBreak: false,
        ellipsis: true,
      });
    });
    doc.x = margin;
    doc.y = y + 16;
  };
  row(
    columns.map((column) => column.title),
    'body',
  );
  for (const expense of block.largest) {
    row(
      [
        `#${expense.number}`,
        formatDay(expense.spentOn, locale),
        expense.category,
        expense.note ?? '',
        money(expense.amount.minor, block.currency),
      ],
      'body',
    );
  }
  doc.moveDown(0.5);
}
