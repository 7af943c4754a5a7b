import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { readPdfText, readWorkbook } from '../reports/read-files.ts';
import { type CliWorkspace, createCliWorkspace } from './cli-process.ts';
import { seedAshasWeek } from './seed-by-chat.ts';

describe('finbot report', () => {
  let workspace: CliWorkspace;

  before(async () => {
    workspace = createCliWorkspace();
    await seedAshasWeek(workspace);
  });

  after(() => workspace.remove());

  test('writes the month as a PDF with the totals per currency on a page headed with the user and month', async () => {
    const out = join(workspace.dir, 'november.pdf');
    const run = await workspace.run(['report', '--user', 'asha', '--month', '2026-11', '--out', out]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout.trim(), `Wrote the November 2026 report (4 expenses) to ${out}.`);
    const pdf = await readPdfText(await readFile(out));
    assert.ok(pdf.pageCount >= 2, `${pdf.pageCount} pages`);
    for (const page of pdf.pages) assert.match(page, /finbot · asha · November 2026/);
    assert.match(pdf.pages[0] ?? '', /₹1,270\.00 INR · 3 expenses/);
    assert.match(pdf.pages[0] ?? '', /\$20\.00 USD · 1 expense/);
    assert.match(pdf.pages.at(-1) ?? '', new RegExp(`Page ${pdf.pageCount} of ${pdf.pageCount}`));
  });

  test('--format xlsx writes the report workbook', async () => {
    const out = join(workspace.dir, 'november.xlsx');
    const run = await workspace.run([
      'report',
      '--user',
      'asha',
      '--month',
      '2026-11',
      '--format',
      'xlsx',
      '--out',
      out,
    ]);
    assert.equal(run.status, 0, run.stderr);
    const summary = (await readWorkbook(await readFile(out))).getWorksheet('Summary');
    assert.ok(summary);
    assert.equal(summary.getCell(5, 1).value, 'INR');
    assert.equal(summary.getCell(5, 3).value, 1270);
    assert.equal(summary.getCell(5, 3).type, ExcelJS.ValueType.Number);
    assert.equal(summary.getCell(6, 3).value, 20);
  });

  test('a month that is not one, or a missing --out, is refused and no file appears', async () => {
    const out = join(workspace.dir, 'bad.pdf');
    const bad = await workspace.run(['report', '--user', 'asha', '--month', 'November', '--out', out]);
    assert.equal(bad.status, 1);
    assert.equal(bad.stderr.trim(), '--month "November" is not a month like 2026-11.');
    assert.equal(existsSync(out), false);
    const noOut = await workspace.run(['report', '--user', 'asha', '--month', '2026-11']);
    assert.equal(noOut.status, 1);
    assert.equal(noOut.stderr.trim(), '--out is required.');
  });
});
