/** Records a quick-add and confirms it with the week's running total for that currency and its budgets' standing. */
import { checkBudgetAlerts } from '../../budgets/check-budget-alerts.ts';
import { checkNewExpense } from '../../domain/expense-rules.ts';
import type { Intent } from '../../parse/intent.ts';
import { summarizeAddedExpense } from '../added-expense-summary.ts';
import { rememberedCategory } from '../category-memory.ts';
import { categorySpelling } from '../category-spelling.ts';
import type { CommandContext, CommandResult } from '../command-context.ts';
import { textReply } from '../inbound-message.ts';

export async function addExpense(
  ctx: CommandContext,
  intent: Extract<Intent, { kind: 'add' }>,
): Promise<CommandResult> {
  const { store, user } = ctx;
  // The parser checked what it read; the rules hold here too, for intents that come from elsewhere (extraction),
  // and before any lookup, which on PostgreSQL fails outright on a NUL.
  const checked = checkNewExpense(
    { amount: intent.amount, category: intent.category, note: intent.note, spentOn: intent.spentOn },
    { today: ctx.today, maxAmountMajor: ctx.settings.maxAmountMajor },
  );
  if (!checked.ok) return { reply: textReply('invalid', checked.error) };
  const { note } = checked.value;
  // A word the user taught by re-categorising ("haldiram's" → food) outranks how the parser read the category.
  const category =
    (await rememberedCategory(store, user.id, intent.keywords, note)) ??
    (await categorySpelling(store, user.id, checked.value.category, intent.categorySource));
  const expense = await store.insertExpense({
    ...checked.value,
    userId: user.id,
    category,
    sourceKey: ctx.messageKey,
    createdAt: ctx.now,
  });
  const summary = await summarizeAddedExpense(store, user, ctx.today, expense);
  // In this transaction: the alert is recorded with the expense and said in this reply, or neither happens.
  const budgets = await checkBudgetAlerts(store, user, {
    expense,
    sourceKey: ctx.messageKey,
    today: ctx.today,
    now: ctx.now,
  });
  const lines = [...summary.lines, ...budgets.standingLines, ...budgets.alerts];
  return {
    reply: textReply('expense_added', lines.join('\n'), [{ label: 'Undo', command: `undo #${expense.number}` }]),
    events: [summary.event],
  };
}
