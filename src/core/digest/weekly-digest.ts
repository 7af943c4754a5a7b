/** A user's weekly digest as data: what the text and the chart are rendered from, every number summed by the database. */
import type { Period } from '../time/period.ts';

/** An amount as the database summed it: exact minor units, the same as a decimal string, and how many expenses. */
export interface DigestAmount {
  readonly minor: number;
  readonly amount: string;
  readonly count: number;
}

/** A category's sum against the week before: "new" when the category had nothing then. */
export type DigestChange =
  | { readonly kind: 'new' }
  | { readonly kind: 'up' | 'down' | 'same'; readonly percent: number };

export interface DigestCategory extends DigestAmount {
  readonly category: string;
  /** Minor units the week before, 0 when the category is new. */
  readonly previousMinor: number;
  readonly change: DigestChange;
}

export interface DigestExpense {
  readonly number: number;
  readonly category: string;
  readonly note: string | null;
  readonly spentOn: string;
  readonly minor: number;
  readonly amount: string;
}

/** Everything about one currency; a week with spending in two currencies has two of these, never mixed. */
export interface DigestCurrency {
  readonly currency: string;
  readonly total: DigestAmount;
  /** The total the week before in this currency, 0 when there was none. */
  readonly previousTotalMinor: number;
  readonly totalChange: DigestChange;
  /** Largest first. */
  readonly categories: ReadonlyArray<DigestCategory>;
  /** The three largest single expenses, largest first (ties: the earlier-numbered first). */
  readonly largest: ReadonlyArray<DigestExpense>;
  /** The day with the most spending (ties: the earlier day). */
  readonly topDay: { readonly date: string } & DigestAmount;
}

export interface WeeklyDigest {
  readonly userId: number;
  /** ISO week, e.g. "2026-W47". */
  readonly week: string;
  readonly period: Period;
  readonly previousWeek: string;
  /** Empty when nothing was spent that week. */
  readonly currencies: ReadonlyArray<DigestCurrency>;
}
