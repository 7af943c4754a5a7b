/**
 * "export", "export november", "export last month as xlsx", "export 2026-10 csv", "report november",
 * "report last month as xlsx": which file, of which period, in which format. A month alone is its whole month;
 * nothing said is this month.
 */

import type { FileRequest } from '../reports/file-request.ts';
import { isMonth, monthLabel, monthPeriod } from '../reports/report-month.ts';
import { monthEnd } from '../time/calendar-date.ts';
import type { Period } from '../time/period.ts';
import type { Intent, ParseContext } from './intent.ts';
import { findAllTime, findPeriodPhrase } from './period-phrase.ts';
import { tidy } from './text-tools.ts';

export const exportUsage =
  'Say "export" for this month, or name the period and format: "export november", "export last month as xlsx", "export 2026-10 csv".';
export const reportUsage =
  'Say "report" for this month\'s PDF, or name the month: "report november", "report 2026-10", "report last month as xlsx".';

const formatPhrase =
  /(?:^|\s)(?:(?:as|in|to|into)\s+)?(?:an?\s+)?(csv|xlsx|excel|spreadsheet|pdf)(?:\s+(?:file|format|sheet))?(?=\s|$)/i;
/** "my expenses", "spending": words that say what is exported, not when. */
const filler = /^(?:(?:all\s+)?(?:of\s+)?my\s+)?(?:expenses|spending|spends|transactions|data)\b\s*/i;
const numericMonth = /^(?:(?:for|of|in)\s+)?(\d{4}-\d{2})$/i;

/** Reads what follows "export" or "report"; undefined when it is no such request (e.g. "export duty 500"). */
export function parseFileCommand(word: 'export' | 'report', rest: string, ctx: ParseContext): Intent | undefined {
  let text = tidy(rest);
  let written: string | undefined;
  const format = formatPhrase.exec(text);
  if (format) {
    written = (format[1] ?? '').toLowerCase();
    text = tidy(`${text.slice(0, format.index)} ${text.slice(format.index + format[0].length)}`);
  }
  text = tidy(text.replace(filler, ''));
  const period = readPeriod(text, ctx);
  if (period === undefined) return /\d/.test(text) ? undefined : invalid(word === 'export' ? exportUsage : reportUsage);
  if (typeof period === 'string') return invalid(period);

  if (word === 'export') {
    if (written === 'pdf')
      return invalid('An export comes as CSV or XLSX. For a PDF, ask for a report: "report november".');
    return { kind: 'file', request: { kind: 'export', format: written && written !== 'csv' ? 'xlsx' : 'csv', period } };
  }
  if (written === 'csv')
    return invalid('A report comes as a PDF or an XLSX workbook. For a CSV, say "export november".');
  const month = period.from.slice(0, 7);
  if (period.from !== `${month}-01` || period.to !== monthEnd(period.from)) {
    return invalid(`A report covers one calendar month. ${reportUsage}`);
  }
  const request: FileRequest = { kind: 'report', format: written && written !== 'pdf' ? 'xlsx' : 'pdf', month };
  return { kind: 'file', request };
}

/** The period `text` names in full: a Period, a reason it cannot be used, or undefined when it names none. */
function readPeriod(text: string, ctx: ParseContext): Period | string | undefined {
  if (text === '') return named(ctx.today.slice(0, 7));
  const numeric = numericMonth.exec(text)?.[1];
  if (numeric) {
    if (!isMonth(numeric)) return `"${numeric}" is not a month. Write it like 2026-10.`;
    if (`${numeric}-01` > ctx.today) return `${monthLabel(numeric)} has not started yet.`;
    return named(numeric);
  }
  const found = findPeriodPhrase(text, ctx) ?? findAllTime(text, ctx);
  if (found?.index !== 0 || found.length !== text.length) return undefined;
  if (!found.result.ok) return found.result.error;
  const period = found.result.value;
  const month = period.from.slice(0, 7);
  // A whole month reads by its name ("November 2026"), whatever words named it.
  return period.from === `${month}-01` && period.to === monthEnd(period.from) ? named(month) : period;
}

function named(month: string): Period {
  const period = monthPeriod(month);
  if (!period) throw new RangeError(`"${month}" is not a month`);
  return period;
}

function invalid(message: string): Intent {
  return { kind: 'invalid', message };
}
