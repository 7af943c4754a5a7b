/** Records a quick-add and confirms it with the week's running total for that currency. */
import { formatDay } from '../../format/date-label.ts';
import { formatMoney } from '../../money/money.ts';
import type { Intent } from '../../parse/intent.ts';
import { resolvePeriod } from '../../time/period.ts';
import { categorySpelling } from '../category-spelling.ts';
import type { CommandContext, CommandResult } from '../command-context.ts';
import { textReply } from '../inbound-message.ts';

export async function addExpense(
  ctx: CommandContext,
  intent: Extract<Intent, { kind: 'add' }>,
): Promise<CommandResult> {
  const { store, user } = ctx;
  const category = await categorySpelling(store, user.id, intent.category);
  const expense = await store.insertExpense({
    userId: user.id,
    amount: intent.amount,
    category,
    note: intent.note,
    spentOn: intent.spentOn,
    sourceKey: ctx.messageKey,
    createdAt: ctx.now,
  });
  const week = resolvePeriod({ kind: 'this_week' }, ctx.today, user.weekStart);
  const inWeek = expense.spentOn >= week.from && expense.spentOn <= week.to;
  const weekTotal = inWeek
    ? (await store.sumExpenses(user.id, { from: week.from, to: week.to, groupBy: 'none' })).find(
        (row) => row.currency === expense.amount.currency,
      )
    : undefined;

  const amount = formatMoney(expense.amount, user.locale);
  const day = expense.spentOn === ctx.today ? 'today' : formatDay(expense.spentOn, user.locale, ctx.today);
  const note = expense.note ? ` (${expense.note})` : '';
  const lines = [`Added #${expense.number}: ${amount} · ${expense.category} · ${day}${note}`];
  if (weekTotal) {
    lines.push(
      `This week so far: ${formatMoney({ minor: weekTotal.minor, currency: weekTotal.currency }, user.locale)}`,
    );
  }
  return {
    reply: textReply('expense_added', lines.join('\n'), [{ label: 'Undo', command: `undo #${expense.number}` }]),
    events: [`expense #${expense.number} added: ${amount} ${expense.category} on ${expense.spentOn}${note}`],
  };
}
