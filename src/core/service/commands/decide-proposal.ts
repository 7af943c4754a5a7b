/**
 * The user's yes or no to a proposal of the model's. A yes applies each change whose expense still looks as the
 * proposal showed it, in the message's transaction; a proposal is decided once, and not after it expires.
 */
import { checkBudgetAlerts } from '../../budgets/check-budget-alerts.ts';
import type { ChangeProposal, ExpenseSnapshot, ProposedChange } from '../../domain/change-proposal.ts';
import type { Expense } from '../../domain/expense.ts';
import { checkExpenseChanges } from '../../domain/expense-rules.ts';
import { formatExpenseLine } from '../../format/expense-line.ts';
import type { Intent } from '../../parse/intent.ts';
import type { CommandContext, CommandResult } from '../command-context.ts';
import { textReply } from '../inbound-message.ts';

export async function decideProposal(
  ctx: CommandContext,
  intent: Extract<Intent, { kind: 'decide_proposal' }>,
): Promise<CommandResult> {
  const { store, user } = ctx;
  const proposal =
    intent.proposalId === null
      ? await store.latestOpenProposal(user.id, ctx.now)
      : await store.findProposal(user.id, intent.proposalId);
  if (!proposal) {
    return {
      reply: textReply(
        'not_found',
        intent.proposalId === null
          ? 'Nothing is waiting for your yes or no.'
          : 'That proposal is not one of yours, or no longer exists. Nothing was changed.',
      ),
    };
  }
  const unavailable = whyUndecidable(proposal, ctx.now);
  if (unavailable) return { reply: textReply('not_found', unavailable) };
  if (!(await store.decideProposal(user.id, proposal.id, intent.decision, ctx.now))) {
    // Decided by another message in the meantime (a double tap): that one said what happened.
    return { reply: textReply('not_found', 'That proposal was already answered. Nothing more was changed.') };
  }
  if (intent.decision === 'cancelled') {
    return {
      reply: textReply('proposal_cancelled', 'Cancelled — nothing was changed.'),
      events: [`proposal ${proposal.id} cancelled`],
    };
  }
  // The user's row before any expense's, as every change takes them (see edit-expense.ts).
  await store.lockBudgetOwner(user.id);
  const lines: string[] = [];
  const events: string[] = [];
  const alerts: string[] = [];
  for (const change of proposal.changes) {
    const outcome = await applyChange(ctx, change);
    lines.push(outcome.line);
    if (outcome.event) events.push(outcome.event);
    // An edit the user confirmed can take a budget past a threshold; each alert is recorded (and said) once.
    if (outcome.edited) {
      const budgets = await checkBudgetAlerts(store, user, {
        expense: outcome.edited,
        sourceKey: ctx.messageKey,
        today: ctx.today,
        now: ctx.now,
      });
      alerts.push(...budgets.alerts);
    }
  }
  lines.push(...alerts);
  return { reply: textReply('proposal_confirmed', lines.join('\n')), events };
}

function whyUndecidable(proposal: ChangeProposal, now: string): string | undefined {
  if (proposal.status !== 'open') {
    return `That proposal was already ${proposal.status === 'confirmed' ? 'confirmed' : 'cancelled'}. Nothing more was changed.`;
  }
  if (proposal.expiresAt <= now) {
    return 'That proposal expired (they last 30 minutes), so nothing was changed. Ask again if you still want it.';
  }
  return undefined;
}

async function applyChange(
  ctx: CommandContext,
  change: ProposedChange,
): Promise<{ line: string; event?: string; edited?: Expense }> {
  const { store, user } = ctx;
  const current = await store.findExpenseByNumber(user.id, change.number);
  if (!current) return { line: `#${change.number} is gone already; nothing to do.` };
  if (!looksLike(current, change.before)) {
    return { line: `#${change.number} was changed since the proposal, so it was left as it is.` };
  }
  const was = formatExpenseLine(current, user.locale, ctx.today);
  if (change.kind === 'delete') {
    if (!(await store.deleteExpense(user.id, change.number, ctx.now))) {
      return { line: `#${change.number} is gone already; nothing to do.` };
    }
    return { line: `Deleted ${was}`, event: `expense #${change.number} deleted` };
  }
  // The rules are checked again: "today" may have moved since the proposal.
  const checked = checkExpenseChanges(change.changes, {
    today: ctx.today,
    maxAmountMajor: ctx.settings.maxAmountMajor,
  });
  if (!checked.ok) return { line: `#${change.number} was left as it is: ${checked.error}` };
  const after = await store.updateExpense(user.id, change.number, checked.value);
  if (!after) return { line: `#${change.number} is gone already; nothing to do.` };
  const now = formatExpenseLine(after, user.locale, ctx.today);
  return {
    line: `Updated ${now} (was ${was.replace(/^#\d+ · /, '')})`,
    event: `expense #${after.number} edited: now ${now}`,
    edited: after,
  };
}

function looksLike(expense: Expense, snapshot: ExpenseSnapshot): boolean {
  return (
    expense.amount.minor === snapshot.amount.minor &&
    expense.amount.currency === snapshot.amount.currency &&
    expense.category === snapshot.category &&
    expense.note === snapshot.note &&
    expense.spentOn === snapshot.spentOn
  );
}
