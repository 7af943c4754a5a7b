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

/**
 * How one budget ended the month. Budgets are built on their own branch; until their core API is here the
 * report builder leaves `budgets` undefined and the writers leave the section out (see buildMonthReport).
 */
export interface ReportBudget {
  readonly name: string;
  readonly currency: string;
  readonly limitMinor: number;
  readonly spentMinor: number;
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
  readonly budgets?: ReadonlyArray<ReportBudget>;
}
