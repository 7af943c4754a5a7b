/** A file finbot hands to a user (an export or a month report): its name, media type and bytes. */

/** Formats of an expense export: CSV and XLSX in the chat, JSON too on the command line. */
export type ExportFormat = 'csv' | 'xlsx' | 'json';

/** Formats of a month report: a PDF to read, or a workbook to work with. */
export type ReportFormat = 'pdf' | 'xlsx';

export interface ReportFile {
  /** A plain name without directories, e.g. "finbot-expenses-2026-11.csv". */
  readonly fileName: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
}

export const mimeTypes = {
  csv: 'text/csv',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;
