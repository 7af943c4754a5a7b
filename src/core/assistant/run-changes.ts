/**
 * What a run's tools did to the user's data: the expenses added (capped per run) and the edits and deletions
 * proposed, which wait for the user's yes. Tools record here; the run's reply is built from it, never from the
 * model's own account.
 */
import { type ExpenseSnapshot, maxProposedChanges, type ProposedChange } from '../domain/change-proposal.ts';
import type { Expense } from '../domain/expense.ts';

/** Expenses the model may add from one message; more is for the user to send in steps. */
export const maxAddsPerRun = 5;

export interface RunChanges {
  readonly added: ReadonlyArray<Expense>;
  readonly proposed: ReadonlyArray<ProposedChange>;
  /** Budget alerts the added expenses raised (each recorded once), to end the run's reply. */
  readonly budgetAlerts: ReadonlyArray<string>;
  /** False once the run added its most. */
  canAdd(): boolean;
  recordAdded(expense: Expense): void;
  recordBudgetAlerts(alerts: ReadonlyArray<string>): void;
  /** Adds a change, merged with an earlier one for the same expense; an error message when it cannot be. */
  propose(change: ProposedChange): string | undefined;
}

export function snapshotOf(expense: Expense): ExpenseSnapshot {
  return { amount: expense.amount, category: expense.category, note: expense.note, spentOn: expense.spentOn };
}

export function createRunChanges(): RunChanges {
  const added: Expense[] = [];
  const proposed: ProposedChange[] = [];
  const budgetAlerts: string[] = [];
  return {
    added,
    proposed,
    budgetAlerts,
    canAdd: () => added.length < maxAddsPerRun,
    recordAdded(expense) {
      // A replayed call reports the expense it added before; it is one addition, not two.
      if (!added.some((known) => known.id === expense.id)) added.push(expense);
    },
    recordBudgetAlerts(alerts) {
      for (const alert of alerts) if (!budgetAlerts.includes(alert)) budgetAlerts.push(alert);
    },
    propose(change) {
      const at = proposed.findIndex((known) => known.number === change.number);
      const earlier = proposed[at];
      if (!earlier) {
        if (proposed.length >= maxProposedChanges) {
          return `At most ${maxProposedChanges} changes can be proposed at once; tell the user to ask for the rest afterwards.`;
        }
        proposed.push(change);
        return undefined;
      }
      if (earlier.kind === 'delete') return `Expense #${change.number} is already proposed for deletion.`;
      proposed[at] =
        change.kind === 'delete' ? change : { ...earlier, changes: { ...earlier.changes, ...change.changes } };
      return undefined;
    },
  };
}
