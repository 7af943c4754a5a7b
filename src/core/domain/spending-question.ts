/** What a spending question measures and over what: the shape the parser produces and follow-ups remember. */
import type { Period } from '../time/period.ts';

/** What is computed over the period's matching expenses. */
export type QuestionMeasure =
  | { readonly kind: 'total' }
  | { readonly kind: 'count' }
  | { readonly kind: 'biggest'; readonly limit: number }
  | { readonly kind: 'top_category' }
  | { readonly kind: 'average'; readonly per: 'day' | 'expense' }
  | { readonly kind: 'breakdown'; readonly by: 'day' | 'week' | 'month' | 'category' }
  /** Totals side by side: the question's period or category against `Versus`. */
  | { readonly kind: 'compare' };

export type QuestionClass = QuestionMeasure['kind'];

/** The other side of a comparison: another period (same category) or another category (same period). */
export type Versus = { readonly period: Period } | { readonly category: string };

/** "the week before", "the month before", "before that": the remembered period moved back one step. */
export type PeriodShift = 'day' | 'week' | 'month' | 'same';
