import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { exportUsage, reportUsage } from '../../src/core/parse/file-command.ts';
import type { Intent } from '../../src/core/parse/intent.ts';
import { parseMessage } from '../../src/core/parse/parse-message.ts';
import { monthEnd } from '../../src/core/time/calendar-date.ts';
import { parseContext } from './parse-fixture.ts';

const month = (yyyyMm: string, label: string) => ({ from: `${yyyyMm}-01`, to: monthEnd(`${yyyyMm}-01`), label });
const november = month('2026-11', 'November 2026');
const october = month('2026-10', 'October 2026');
const exportOf = (period: object, format: 'csv' | 'xlsx' = 'csv'): Intent => ({
  kind: 'file',
  request: { kind: 'export', format, period } as never,
});
const reportOf = (yyyyMm: string, format: 'pdf' | 'xlsx' = 'pdf'): Intent => ({
  kind: 'file',
  request: { kind: 'report', format, month: yyyyMm },
});
const invalid = (message: string): Intent => ({ kind: 'invalid', message });

// Today is Wednesday 25 Nov 2026.
const rows: ReadonlyArray<readonly [string, Intent]> = [
  ['export', exportOf(november)],
  ['/export', exportOf(november)],
  ['Export.', exportOf(november)],
  ['export november', exportOf(november)],
  ['export Nov', exportOf(november)],
  ['export for november', exportOf(november)],
  ['export this month', exportOf(november)],
  ['export last month as xlsx', exportOf(october, 'xlsx')],
  ['export last month as an excel file', exportOf(october, 'xlsx')],
  ['export october xlsx', exportOf(october, 'xlsx')],
  ['export 2026-10 csv', exportOf(october)],
  ['export 2026-10', exportOf(october)],
  ['export as xlsx', exportOf(november, 'xlsx')],
  ['export my expenses for october as a spreadsheet', exportOf(october, 'xlsx')],
  ['export december 2025', exportOf(month('2025-12', 'December 2025'))],
  // "december" alone is the latest December that has started.
  ['export december', exportOf(month('2025-12', 'December 2025'))],
  ['export this week', exportOf({ from: '2026-11-23', to: '2026-11-29', label: 'this week' })],
  ['export last 7 days as xlsx', exportOf({ from: '2026-11-19', to: '2026-11-25', label: 'the last 7 days' }, 'xlsx')],
  ['report', reportOf('2026-11')],
  ['/report', reportOf('2026-11')],
  ['report november', reportOf('2026-11')],
  ['report last month', reportOf('2026-10')],
  ['report 2026-10', reportOf('2026-10')],
  ['report last month as xlsx', reportOf('2026-10', 'xlsx')],
  ['report november pdf', reportOf('2026-11')],
  ['report for the month of september', reportOf('2026-09')],
  // What cannot be made is said, with how to ask.
  ['export as pdf', invalid('An export comes as CSV or XLSX. For a PDF, ask for a report: "report november".')],
  ['report november as csv', invalid('A report comes as a PDF or an XLSX workbook. For a CSV, say "export november".')],
  ['report last week', invalid(`A report covers one calendar month. ${reportUsage}`)],
  ['export 2026-13', invalid('"2026-13" is not a month. Write it like 2026-10.')],
  ['export 2027-01', invalid('January 2027 has not started yet.')],
  ['report january 2027', invalid('January 2027 has not started yet.')],
  ['export everything please', invalid(exportUsage)],
  ['report something', invalid(reportUsage)],
];

describe('export and report commands', () => {
  for (const [text, expected] of rows) {
    test(`"${text}"`, () => {
      assert.deepEqual(parseMessage(text, parseContext), expected);
    });
  }

  test('"export duty 500" is still an expense, not a file', () => {
    const intent = parseMessage('export duty 500', parseContext);
    assert.equal(intent.kind, 'add');
  });

  test('every started month named as YYYY-MM, with any format word, asks for that whole month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2026 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('', ' csv', ' as xlsx', ' as an excel file', ' xlsx'),
        fc.constantFrom('export', 'report', 'EXPORT', '/report'),
        (year, monthNumber, format, word) => {
          fc.pre(year < 2026 || monthNumber <= 11);
          // A report as CSV is refused (tested above).
          fc.pre(!(/report/i.test(word) && format.includes('csv')));
          const yyyyMm = `${year}-${String(monthNumber).padStart(2, '0')}`;
          const intent = parseMessage(`${word} ${yyyyMm}${format}`, parseContext);
          assert.equal(intent.kind, 'file');
          if (intent.kind !== 'file') return;
          const wantsXlsx = /xlsx|excel/.test(format);
          if (intent.request.kind === 'report') {
            assert.equal(intent.request.month, yyyyMm);
            assert.equal(intent.request.format, wantsXlsx ? 'xlsx' : 'pdf');
          } else {
            assert.deepEqual(
              [intent.request.period.from, intent.request.period.to],
              [`${yyyyMm}-01`, monthEnd(`${yyyyMm}-01`)],
            );
            assert.equal(intent.request.format, wantsXlsx ? 'xlsx' : 'csv');
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test('whatever follows "export" or "report", the parser answers without throwing', () => {
    fc.assert(
      fc.property(fc.constantFrom('export', 'report'), fc.string({ maxLength: 60 }), (word, rest) => {
        const intent = parseMessage(`${word} ${rest}`, parseContext);
        assert.ok(typeof intent.kind === 'string');
        if (intent.kind === 'file' && intent.request.kind === 'export') {
          assert.ok(intent.request.period.from <= intent.request.period.to);
        }
      }),
      { numRuns: 500 },
    );
  });
});
