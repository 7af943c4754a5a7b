/**
 * "delete 12" on any platform: the expense is shown and the user asked first. The question is a change proposal
 * like the model's, so it is answered the same way (Confirm / Cancel, or a bare yes / no) and applied once.
 */
import { cancelCommand, confirmCommand } from '../../assistant/change-account.ts';
import { snapshotOf } from '../../assistant/run-changes.ts';
import { proposalLifetimeMs } from '../../domain/change-proposal.ts';
import { formatExpenseLine } from '../../format/expense-line.ts';
import type { CommandContext, CommandResult } from '../command-context.ts';
import { textReply } from '../inbound-message.ts';

export async function proposeDelete(ctx: CommandContext, number: number): Promise<CommandResult> {
  const expense = await ctx.store.findExpenseByNumber(ctx.user.id, number);
  // Nothing to ask about: said at once, so no one confirms a delete of nothing.
  if (!expense) return { reply: textReply('not_found', `There is no expense #${number}. Send "list" to see yours.`) };
  const proposal = await ctx.store.saveProposal({
    userId: ctx.user.id,
    sourceKey: ctx.messageKey,
    changes: [{ kind: 'delete', number, before: snapshotOf(expense) }],
    createdAt: ctx.now,
    expiresAt: new Date(Date.parse(ctx.now) + proposalLifetimeMs).toISOString(),
  });
  return {
    reply: textReply('confirmation', `${formatExpenseLine(expense, ctx.user.locale, ctx.today)}\nDelete it?`, [
      { label: 'Confirm', command: confirmCommand(proposal.id) },
      { label: 'Cancel', command: cancelCommand(proposal.id) },
    ]),
    events: [`proposal ${proposal.id}: delete expense #${number}`],
  };
}
