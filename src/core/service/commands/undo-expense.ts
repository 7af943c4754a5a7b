/**
 * Undo: takes back at once the expense just added (plain "undo", within the undo window) or the one its Undo button
 * names. A delete asks first (propose-delete.ts).
 */
import type { Expense } from '../../domain/expense.ts';
import { formatExpenseLine } from '../../format/expense-line.ts';
import type { CommandContext, CommandResult } from '../command-context.ts';
import { textReply } from '../inbound-message.ts';

export async function undoExpense(ctx: CommandContext, number: number | null): Promise<CommandResult> {
  if (number !== null) return removeExpense(ctx, number);
  const latest = await ctx.store.latestExpense(ctx.user.id);
  const windowStart = Date.parse(ctx.now) - ctx.settings.undoWindowMinutes * 60_000;
  if (!latest || Date.parse(latest.createdAt) < windowStart) {
    return {
      reply: textReply(
        'not_found',
        `Nothing to undo from the last ${ctx.settings.undoWindowMinutes} minutes. Send "list" to see your expenses and "delete 12" to remove one.`,
      ),
    };
  }
  return removeExpense(ctx, latest.number);
}

async function removeExpense(ctx: CommandContext, number: number): Promise<CommandResult> {
  const expense: Expense | undefined = await ctx.store.findExpenseByNumber(ctx.user.id, number);
  if (!expense || !(await ctx.store.deleteExpense(ctx.user.id, number, ctx.now))) {
    return { reply: textReply('not_found', `There is no expense #${number} (it may have been removed already).`) };
  }
  const line = formatExpenseLine(expense, ctx.user.locale, ctx.today);
  return {
    reply: textReply('expense_undone', `Undone: ${line}`),
    events: [`expense #${number} undone`],
  };
}
