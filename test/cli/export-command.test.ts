import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { readWorkbook } from '../reports/read-files.ts';
import { type CliWorkspace, createCliWorkspace } from './cli-process.ts';
import { seedAshasWeek } from './seed-by-chat.ts';

const header = 'number,spent_on,amount,currency,amount_minor,category,note,created_at';

describe('finbot export', () => {
  let workspace: CliWorkspace;

  before(async () => {
    workspace = createCliWorkspace();
    await seedAshasWeek(workspace);
  });

  after(() => workspace.remove());

  test('csv lists every expense by date, with decimal and minor amounts', async () => {
    const run = await workspace.run(['export', '--user', 'asha', '--format', 'csv']);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(run.stdout.trimEnd().split('\n'), [
      header,
      '4,2026-11-02,900.00,INR,90000,rent,,2026-11-25T06:30:00.000Z',
      '2,2026-11-24,120.00,INR,12000,tea,,2026-11-25T06:30:00.000Z',
      '1,2026-11-25,250.00,INR,25000,groceries,,2026-11-25T06:30:00.000Z',
      '3,2026-11-25,20.00,USD,2000,food,lunch,2026-11-25T06:30:00.000Z',
    ]);
  });

  test('--from and --to keep only the days between them', async () => {
    const run = await workspace.run(['export', '--user', 'asha', '--from', '2026-11-01', '--to', '2026-11-24']);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(run.stdout.trimEnd().split('\n'), [
      header,
      '4,2026-11-02,900.00,INR,90000,rent,,2026-11-25T06:30:00.000Z',
      '2,2026-11-24,120.00,INR,12000,tea,,2026-11-25T06:30:00.000Z',
    ]);
  });

  test('json gives the same rows as objects', async () => {
    const run = await workspace.run(['export', '--user', 'asha', '--format', 'json', '--from', '2026-11-25']);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), [
      {
        number: 1,
        spent_on: '2026-11-25',
        amount: '250.00',
        currency: 'INR',
        amount_minor: 25000,
        category: 'groceries',
        note: null,
        created_at: '2026-11-25T06:30:00.000Z',
      },
      {
        number: 3,
        spent_on: '2026-11-25',
        amount: '20.00',
        currency: 'USD',
        amount_minor: 2000,
        category: 'food',
        note: 'lunch',
        created_at: '2026-11-25T06:30:00.000Z',
      },
    ]);
  });

  test('xlsx --out writes a workbook whose amounts are numbers in their currency and whose dates are dates', async () => {
    const out = join(workspace.dir, 'asha-november.xlsx');
    const run = await workspace.run([
      'export',
      '--user',
      'asha',
      '--from',
      '2026-11-01',
      '--to',
      '2026-11-30',
      '--format',
      'xlsx',
      '--out',
      out,
    ]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout.trim(), `Wrote 4 expenses to ${out}.`);
    const workbook = await readWorkbook(await readFile(out));
    const sheet = workbook.getWorksheet('Expenses');
    assert.ok(sheet);
    assert.deepEqual(
      [2, 3, 4, 5].map((row) => [
        sheet.getCell(row, 1).value,
        sheet.getCell(row, 5).value,
        sheet.getCell(row, 6).value,
      ]),
      [
        [4, 900, 'INR'],
        [2, 120, 'INR'],
        [1, 250, 'INR'],
        [3, 20, 'USD'],
      ],
    );
    assert.equal(sheet.getCell(5, 5).numFmt, '"$"#,##0.00;-"$"#,##0.00');
    assert.equal(sheet.getCell(2, 2).type, ExcelJS.ValueType.Date);
    const totals = workbook.getWorksheet('Totals');
    assert.deepEqual(
      [2, 3].map((row) => [
        totals?.getCell(row, 1).value,
        totals?.getCell(row, 2).value,
        totals?.getCell(row, 3).value,
      ]),
      [
        ['INR', 3, 1270],
        ['USD', 1, 20],
      ],
    );
  });

  test('csv --out writes the same rows to the file', async () => {
    const out = join(workspace.dir, 'asha.csv');
    const run = await workspace.run(['export', '--user', 'asha', '--from', '2026-11-25', '--out', out]);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual((await readFile(out, 'utf8')).trimEnd().split('\n'), [
      header,
      '1,2026-11-25,250.00,INR,25000,groceries,,2026-11-25T06:30:00.000Z',
      '3,2026-11-25,20.00,USD,2000,food,lunch,2026-11-25T06:30:00.000Z',
    ]);
  });

  test('xlsx without --out and an unknown format are refused with a clear line, and nothing is written', async () => {
    const binary = await workspace.run(['export', '--user', 'asha', '--format', 'xlsx']);
    assert.equal(binary.status, 1);
    assert.equal(binary.stderr.trim(), '--out FILE is needed for xlsx (a binary file).');
    const out = join(workspace.dir, 'never.ods');
    const unknown = await workspace.run(['export', '--user', 'asha', '--format', 'ods', '--out', out]);
    assert.equal(unknown.status, 1);
    assert.equal(unknown.stderr.trim(), '--format must be csv, json or xlsx.');
    assert.equal(existsSync(out), false);
  });
});
