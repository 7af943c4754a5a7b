/** What an expense export holds: the user's live expenses of a period, oldest first, and the database's totals. */
import type { Expense } from '../domain/expense.ts';
import type { SumRow } from '../domain/stats.ts';
import type { Period } from '../time/period.ts';

export interface ReportOwner {
  /** The name shown in a file's header. */
  readonly name: string;
  readonly locale: string;
  readonly timeZone: string;
}

export interface ExpenseExport {
  readonly owner: ReportOwner;
  readonly period: Period;
  /** Oldest spent-on first (then by number). */
  readonly expenses: ReadonlyArray<Expense>;
  /** One row per currency, summed by the database. */
  readonly totals: ReadonlyArray<SumRow>;
}
