/** add_expense: records one expense for the user, at most once per tool call even when the run is retried. */
import { z } from 'zod';
import { type BudgetStatus, budgetStatuses } from '../../budgets/budget-status.ts';
import { checkBudgetAlerts, countsToward, recordedBudgetAlerts } from '../../budgets/check-budget-alerts.ts';
import type { Expense } from '../../domain/expense.ts';
import { checkNewExpense, maxNoteLength } from '../../domain/expense-rules.ts';
import { describeMoneyError, moneyFromDecimal } from '../../money/money.ts';
import { summarizeAddedExpense } from '../../service/added-expense-summary.ts';
import { maxAddsPerRun } from '../run-changes.ts';
import { defineTool, type ToolContext, type ToolOutcome, toolError, toolSuccess } from './assistant-tool.ts';
import { budgetStatusJson } from './budget-status-json.ts';
import { categorySchema, categorySpelling } from './category-argument.ts';
import { expenseJson } from './expense-json.ts';
import { moneyJson } from './money-json.ts';
import { isoDateSchema } from './period-argument.ts';

const schema = z.strictObject({
  amount: z.string().describe('Decimal string in major units, like "1250.50": no symbol, no separators.'),
  currency: z.string().nullable().describe("ISO 4217 code; null for the user's own."),
  category: categorySchema.describe('A word or two, like "groceries".'),
  note: z.string().trim().max(maxNoteLength).nullable().describe('Detail such as the shop; null for none.'),
  spent_on: isoDateSchema.nullable().describe('YYYY-MM-DD; null for today.'),
});

export const addExpenseTool = defineTool({
  name: 'add_expense',
  description: `Record one expense the user asks to add; at most ${maxAddsPerRun} per message. The user can undo it.`,
  schema,
  run: async (args, ctx, callId) => {
    const { store, user } = ctx;
    const sourceKey = `${ctx.sourceKeyPrefix}:${callId}`;
    // A retried run replays the same call ids: the expense it added before is reported, not added again.
    const existing = await store.findExpenseBySourceKey(user.id, sourceKey);
    if (existing) return added(ctx, existing, true, await recordedBudgetAlerts(store, user.id, sourceKey));
    if (!ctx.changes.canAdd()) {
      return toolError(
        `At most ${maxAddsPerRun} expenses are added from one message; ask the user to send the rest in another message.`,
      );
    }

    const money = moneyFromDecimal(args.amount, args.currency ?? user.currency, ctx.maxAmountMajor);
    if (!money.ok) return toolError(describeMoneyError(money.error), describeMoneyError(money.error));
    const spentOn = args.spent_on ?? ctx.today;
    if (spentOn > ctx.today) return toolError(`spent_on ${spentOn} is in the future; today is ${ctx.today}`);

    const checked = checkNewExpense(
      { amount: money.value, category: args.category, note: args.note, spentOn },
      { today: ctx.today, maxAmountMajor: ctx.maxAmountMajor },
    );
    if (!checked.ok) return toolError(checked.error, checked.error);

    const category = await categorySpelling(store, user.id, checked.value.category);
    // The expense and the budget alerts it raised commit together: a replay finds both, or neither.
    const { expense, alerts } = await store.transaction(async (tx) => {
      const inserted = await tx.insertExpense({
        ...checked.value,
        userId: user.id,
        // Spelled from the cleaned text, so an invisible character cannot make a category the user has look new.
        category,
        sourceKey,
        createdAt: ctx.now,
      });
      const budgets = await checkBudgetAlerts(tx, user, {
        expense: inserted,
        sourceKey,
        today: ctx.today,
        now: ctx.now,
      });
      return { expense: inserted, alerts: budgets.alerts };
    });
    return added(ctx, expense, false, alerts);
  },
});

async function added(
  ctx: ToolContext,
  expense: Expense,
  alreadyRecorded: boolean,
  alerts: ReadonlyArray<string>,
): Promise<ToolOutcome> {
  ctx.changes.recordAdded(expense);
  ctx.changes.recordBudgetAlerts(alerts);
  const summary = await summarizeAddedExpense(ctx.store, ctx.user, ctx.today, expense);
  const standing = (await budgetStatusesFor(ctx, expense)).map((status) => budgetStatusJson(status, ctx.user.locale));
  const data: Record<string, unknown> = {
    expense: expenseJson(expense, ctx.user.locale),
    already_recorded: alreadyRecorded,
    ...(summary.weekTotal ? { this_week_total: moneyJson(summary.weekTotal, ctx.user.locale) } : {}),
    ...(standing.length > 0 ? { budgets: standing } : {}),
  };
  // Reported on a replay too: the attempt that added it failed, so its events were never saved.
  return toolSuccess(data, summary.lines.join('\n'), [summary.event]);
}

/** The budgets the expense counts toward, as they stand now. */
async function budgetStatusesFor(ctx: ToolContext, expense: Expense): Promise<BudgetStatus[]> {
  const statuses = await budgetStatuses(ctx.store, ctx.user, ctx.today);
  return statuses.filter((status) => countsToward(status, expense));
}
