/** Changes the amount, category, date or note of one of the user's expenses, named by number. */
import { checkBudgetAlerts } from '../../budgets/check-budget-alerts.ts';
import { checkExpenseChanges } from '../../domain/expense-rules.ts';
import { formatExpenseLine } from '../../format/expense-line.ts';
import type { Intent } from '../../parse/intent.ts';
import { learnRecategorisation } from '../category-memory.ts';
import { categorySpelling } from '../category-spelling.ts';
import type { CommandContext, CommandResult } from '../command-context.ts';
import { textReply } from '../inbound-message.ts';

export async function editExpense(
  ctx: CommandContext,
  intent: Extract<Intent, { kind: 'edit' }>,
): Promise<CommandResult> {
  const { store, user } = ctx;
  const before = await store.findExpenseByNumber(user.id, intent.number);
  if (!before) return { reply: textReply('not_found', `There is no expense #${intent.number}.`) };
  if (Object.keys(intent.changes).length === 0) {
    return {
      reply: textReply(
        'invalid',
        `What should change on #${intent.number}? For example "edit ${intent.number} 300", "edit ${intent.number} category food" or "edit ${intent.number} date yesterday".`,
      ),
    };
  }
  const checked = checkExpenseChanges(intent.changes, {
    today: ctx.today,
    maxAmountMajor: ctx.settings.maxAmountMajor,
  });
  if (!checked.ok) return { reply: textReply('invalid', checked.error) };
  const { category, ...rest } = checked.value;
  const spelling = category === undefined ? undefined : await categorySpelling(store, user.id, category);
  // The user's row before the expense's, the order every change takes them in, so the budget check after the
  // update cannot deadlock with a concurrent quick-add of the same user.
  await store.lockBudgetOwner(user.id);
  const after = await store.updateExpense(user.id, intent.number, {
    ...rest,
    ...(spelling === undefined ? {} : { category: spelling }),
  });
  if (!after) return { reply: textReply('not_found', `There is no expense #${intent.number}.`) };
  if (spelling !== undefined) await learnRecategorisation(store, before, after, ctx.now);
  const was = formatExpenseLine(before, user.locale, ctx.today);
  const now = formatExpenseLine(after, user.locale, ctx.today);
  // A larger amount, another category or another day can take a budget past a threshold.
  const budgets = await checkBudgetAlerts(store, user, {
    expense: after,
    sourceKey: ctx.messageKey,
    today: ctx.today,
    now: ctx.now,
  });
  return {
    reply: textReply(
      'expense_edited',
      [`Updated: ${now}\n(was ${was.replace(/^#\d+ · /, '')})`, ...budgets.alerts].join('\n'),
    ),
    events: [`expense #${after.number} edited: now ${now}`],
  };
}
