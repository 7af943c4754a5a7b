/** A month report as data: every number summed or ranked by the database; writers only lay it out. */
import type { Expense } from '../domain/expense.ts';
import type { Period } from '../time/period.ts';
import type { ReportOwner } from './expense-export.ts';

export interface ReportSum {
  readonly minor: number;
  readonly count: number;
}

/** Everything about one currency; amounts in two currencies are never added up or ranked together. */
export interface ReportCurrency {
  readonly currency: string;
  readonly total: ReportSum;
  /** Largest first. */
  readonly byCategory: ReadonlyArray<{ readonly category: string } & ReportSum>;
  /** Every day of the month with spending, in date order. */
  readonly byDay: ReadonlyArray<{ readonly date: string } & ReportSum>;
  /** The largest single expenses, largest first. */
  readonly largest: ReadonlyArray<Expense>;
}

/** How one budget ended the month: a monthly one over the month, a weekly one over the month's last week. */
export interface ReportBudget {
  /** "groceries", or "overall". */
  readonly name: string;
  readonly period: 'week' | 'month';
  /** The days it counted (inclusive). */
  readonly from: string;
  readonly to: string;
  readonly currency: string;
  readonly limitMinor: number;
  /** Summed by the database. */
  readonly spentMinor: number;
  /** Whole percent of the limit spent, rounded down. */
  readonly percent: number;
}

export interface MonthReport {
  readonly owner: ReportOwner;
  /** "2026-11". */
  readonly month: string;
  /** "November 2026". */
  readonly monthLabel: string;
  readonly period: Period;
  /** ISO-8601 instant the report was made. */
  readonly generatedAt: string;
  /** Most expenses first. Empty for a month without spending. */
  readonly currencies: ReadonlyArray<ReportCurrency>;
  /** Every live expense of the month, oldest first (the workbook lists them). */
  readonly expenses: ReadonlyArray<Expense>;
  /** The budgets live at the month's end (or now, for the current month); empty when there were none. */
  readonly budgets: ReadonlyArray<ReportBudget>;
}
