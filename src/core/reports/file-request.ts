/** A file a user asked for in the chat: an expense export of a period, or a month report. */
import type { Period } from '../time/period.ts';
import { monthLabel } from './report-month.ts';

export type FileRequest =
  | { readonly kind: 'export'; readonly format: 'csv' | 'xlsx'; readonly period: Period }
  | { readonly kind: 'report'; readonly format: 'pdf' | 'xlsx'; readonly month: string };

/** "the CSV of your spending in November 2026", "your November 2026 report (PDF)". */
export function describeFileRequest(request: FileRequest): string {
  if (request.kind === 'report') return `your ${monthLabel(request.month)} report (${request.format.toUpperCase()})`;
  return `the ${request.format.toUpperCase()} of your expenses ${periodWords(request.period)}`;
}

function periodWords(period: Period): string {
  if (/^[A-Z][a-z]+ \d{4}$/.test(period.label)) return `in ${period.label}`;
  if (period.label.startsWith(period.from)) return `from ${period.from} to ${period.to}`;
  return `${period.label} (${period.from} to ${period.to})`;
}
