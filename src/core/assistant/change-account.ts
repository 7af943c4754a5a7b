/**
 * finbot's own account of what a run changed, which ends every model reply: the expenses added (each with Undo)
 * and the changes proposed (with Confirm / Cancel). Built from what the tools did, never from the model's words.
 */
import type { ChangeProposal, ExpenseSnapshot, ProposedChange } from '../domain/change-proposal.ts';
import type { Expense } from '../domain/expense.ts';
import { formatExpenseLine } from '../format/expense-line.ts';
import type { ReplyButton } from '../service/inbound-message.ts';

export interface ChangeAccount {
  /** Empty when nothing was added or proposed and nothing needs saying. */
  readonly text: string;
  readonly buttons: ReadonlyArray<ReplyButton>;
}

export interface ChangeAccountInput {
  readonly added: ReadonlyArray<Expense>;
  readonly proposal: ChangeProposal | undefined;
  /** Budget alerts the added expenses raised; absent or empty when none. */
  readonly budgetAlerts?: ReadonlyArray<string>;
  /** Say "Nothing was changed." when there is nothing else to say (the model tried, or claimed, a change). */
  readonly sayWhenUnchanged: boolean;
  readonly locale: string;
  readonly today: string;
}

export const nothingChangedText = 'Nothing was changed.';

export function confirmCommand(proposalId: number): string {
  return `confirm proposal ${proposalId}`;
}

export function cancelCommand(proposalId: number): string {
  return `cancel proposal ${proposalId}`;
}

export function describeChanges(input: ChangeAccountInput): ChangeAccount {
  const parts: string[] = [];
  const buttons: ReplyButton[] = [];
  for (const expense of input.added) {
    parts.push(`Added ${formatExpenseLine(expense, input.locale, input.today)}`);
    buttons.push({ label: `Undo #${expense.number}`, command: `undo #${expense.number}` });
  }
  if (input.budgetAlerts && input.budgetAlerts.length > 0) parts.push(input.budgetAlerts.join('\n'));
  if (input.proposal) {
    const lines = input.proposal.changes.map((change) => `• ${describeProposedChange(change, input)}`);
    parts.push(
      [
        'Proposed — nothing has changed yet:',
        ...lines,
        'Reply "yes" to confirm or "no" to cancel (within 30 minutes).',
      ].join('\n'),
    );
    buttons.push(
      { label: 'Confirm', command: confirmCommand(input.proposal.id) },
      { label: 'Cancel', command: cancelCommand(input.proposal.id) },
    );
  }
  if (parts.length === 0 && input.sayWhenUnchanged) parts.push(nothingChangedText);
  return { text: parts.join('\n\n'), buttons };
}

/** "Delete #3 · ₹120.00 food · 2 Dec" or "Change #4 · ₹300.00 food · 2 Dec → ₹350.00 food · 2 Dec". */
export function describeProposedChange(
  change: ProposedChange,
  where: { readonly locale: string; readonly today: string },
): string {
  const before = lineOf(change.number, change.before, where);
  if (change.kind === 'delete') return `Delete ${before}`;
  const after = lineOf(change.number, { ...change.before, ...change.changes }, where).replace(/^#\d+ · /, '');
  return `Change ${before} → ${after}`;
}

function lineOf(number: number, snapshot: ExpenseSnapshot, where: { locale: string; today: string }): string {
  const asExpense: Expense = {
    ...snapshot,
    id: 0,
    userId: 0,
    number,
    createdAt: '',
    deletedAt: null,
    sourceKey: '',
  };
  return formatExpenseLine(asExpense, where.locale, where.today);
}
