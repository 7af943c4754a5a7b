/** The user's recent expenses, newest first, optionally for a period or a category. */
import { categoryKey } from '../../domain/category.ts';
import { formatPeriod } from '../../format/date-label.ts';
import { formatExpenseLine } from '../../format/expense-line.ts';
import type { Intent } from '../../parse/intent.ts';
import type { CommandContext, CommandResult } from '../command-context.ts';
import { textReply } from '../inbound-message.ts';

const defaultLimit = 10;
const maxLimit = 50;

export async function listExpenses(
  ctx: CommandContext,
  intent: Extract<Intent, { kind: 'list' }>,
): Promise<CommandResult> {
  const limit = Math.min(intent.limit ?? defaultLimit, maxLimit);
  const expenses = await ctx.store.listExpenses(ctx.user.id, {
    limit,
    ...(intent.period ? { from: intent.period.from, to: intent.period.to } : {}),
    ...(intent.category ? { categoryKey: categoryKey(intent.category) } : {}),
  });
  const scope = [
    intent.category ? ` for ${intent.category}` : '',
    intent.period ? ` in ${formatPeriod(intent.period, ctx.user.locale, ctx.today)}` : '',
  ].join('');
  if (expenses.length === 0) {
    return { reply: textReply('expense_list', `No expenses${scope} yet. Add one like "250 groceries".`) };
  }
  const lines = expenses.map((expense) => formatExpenseLine(expense, ctx.user.locale, ctx.today));
  const heading =
    expenses.length === 1 ? `Your latest expense${scope}:` : `Your latest ${expenses.length} expenses${scope}:`;
  return {
    reply: textReply('expense_list', `${heading}\n${lines.join('\n')}\n\nTo change one: "edit 12 300" or "delete 12".`),
  };
}
