/**
 * Changes the model proposed to the user's expenses (edits, deletions). Nothing in one is applied until the user
 * confirms it; it can be decided once, and not after it expires.
 */

import type { Money } from '../money/money.ts';
import type { ExpenseChanges } from './expense.ts';

/** How long a proposal waits for the user's answer. */
export const proposalLifetimeMs = 30 * 60_000;

/** Changes one proposal may hold: a request beyond this is for the user to do in steps. */
export const maxProposedChanges = 20;

/** The expense as the proposal showed it; a change is applied only if the expense still looks like this. */
export interface ExpenseSnapshot {
  readonly amount: Money;
  readonly category: string;
  readonly note: string | null;
  readonly spentOn: string;
}

export type ProposedChange =
  | { readonly kind: 'delete'; readonly number: number; readonly before: ExpenseSnapshot }
  | {
      readonly kind: 'edit';
      readonly number: number;
      readonly before: ExpenseSnapshot;
      readonly changes: ExpenseChanges;
    };

export type ProposalStatus = 'open' | 'confirmed' | 'cancelled';

export interface ChangeProposal {
  readonly id: number;
  readonly userId: number;
  readonly status: ProposalStatus;
  readonly changes: ReadonlyArray<ProposedChange>;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly decidedAt: string | null;
}

export interface NewChangeProposal {
  readonly userId: number;
  /** The run that proposed it: a retried run finds its proposal instead of making a second. */
  readonly sourceKey: string;
  readonly changes: ReadonlyArray<ProposedChange>;
  readonly createdAt: string;
  readonly expiresAt: string;
}
