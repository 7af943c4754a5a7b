import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { readPdfText, readWorkbook } from '../reports/read-files.ts';
import { type CliWorkspace, createCliWorkspace } from './cli-process.ts';
import { seedAshasWeek } from './seed-by-chat.ts';

describe('exports and reports in the terminal chat', () => {
  let workspace: CliWorkspace;

  before(async () => {
    workspace = createCliWorkspace();
    await seedAshasWeek(workspace);
  });

  after(() => workspace.remove());

  test('"export november as xlsx" and "report november" write the files to the working folder and say where', async () => {
    const run = await workspace.run(['chat', '--user', 'asha'], {
      input: 'export november as xlsx\nreport november\nexport\n',
    });
    assert.equal(run.status, 0, run.stderr);
    const xlsx = join(workspace.dir, 'finbot-expenses-2026-11.xlsx');
    const pdf = join(workspace.dir, 'finbot-report-2026-11.pdf');
    const csv = join(workspace.dir, 'finbot-expenses-2026-11.csv');
    assert.deepEqual(run.stdout.trimEnd().split('\n'), [
      'Making the XLSX of your expenses in November 2026… it follows in a moment.',
      'Here is the XLSX of your expenses in November 2026.',
      `Saved to ${xlsx}`,
      'Making your November 2026 report (PDF)… it follows in a moment.',
      'Here is your November 2026 report (PDF).',
      `Saved to ${pdf}`,
      'Making the CSV of your expenses in November 2026… it follows in a moment.',
      'Here is the CSV of your expenses in November 2026.',
      `Saved to ${csv}`,
    ]);
    const sheet = (await readWorkbook(await readFile(xlsx))).getWorksheet('Expenses');
    assert.equal(sheet?.rowCount, 5);
    assert.equal(sheet?.getCell(5, 5).value, 20);
    assert.equal(sheet?.getCell(5, 5).type, ExcelJS.ValueType.Number);
    assert.equal(sheet?.getCell(5, 6).value, 'USD');
    const report = await readPdfText(await readFile(pdf));
    assert.match(report.pages[0] ?? '', /₹1,270\.00 INR · 3 expenses/);
    assert.equal((await readFile(csv, 'utf8')).trimEnd().split('\n').length, 5);
  });

  test('a report of a month that has not started is refused in words, and no file is written', async () => {
    const run = await workspace.run(['chat', '--user', 'asha'], { input: 'report 2027-02\n' });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout.trim(), 'February 2027 has not started yet.');
  });
});
