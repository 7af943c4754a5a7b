/** Sums computed by the database, per currency: the only numbers finbot ever quotes. */
import type { Period } from '../time/period.ts';

export type SumGrouping = 'none' | 'category' | 'day';

/** One grouped sum row; `key` is the category, the ISO date, or '' for an ungrouped total. */
export interface SumRow {
  readonly currency: string;
  readonly key: string;
  readonly minor: number;
  readonly count: number;
}

export interface SumQuery {
  readonly from: string;
  readonly to: string;
  readonly categoryKey?: string;
  /** Only expenses in this ISO currency: a filter, never a conversion. */
  readonly currency?: string;
  readonly groupBy: SumGrouping;
}

export interface CurrencyStats {
  readonly currency: string;
  readonly total: { minor: number; amount: string; count: number };
  readonly byCategory: ReadonlyArray<{ category: string; minor: number; amount: string; count: number }>;
  readonly byDay: ReadonlyArray<{ date: string; minor: number; amount: string; count: number }>;
}

export interface WeeklyStats {
  readonly week: string;
  readonly period: Period;
  readonly currencies: ReadonlyArray<CurrencyStats>;
}

/** The largest expenses of one currency in a period: amounts of different currencies are never ranked together. */
export interface LargestQuery {
  readonly from: string;
  readonly to: string;
  readonly currency: string;
  readonly categoryKey?: string;
  readonly limit: number;
}
