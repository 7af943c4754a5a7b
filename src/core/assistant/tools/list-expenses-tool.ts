/** list_expenses: the user's latest expenses with their numbers, newest first. */
import { z } from 'zod';
import { categoryKey } from '../../domain/category.ts';
import { formatPeriod } from '../../format/date-label.ts';
import { formatExpenseLine } from '../../format/expense-line.ts';
import { defineTool, toolError, toolSuccess } from './assistant-tool.ts';
import { categoryFilterDescription, categorySchema } from './category-argument.ts';
import { expenseJson } from './expense-json.ts';
import { periodSchema, resolvePeriodArgument } from './period-argument.ts';

const defaultLimit = 10;

const schema = z.strictObject({
  period: periodSchema.nullable().describe('null for any time.'),
  category: categorySchema.nullable().describe(categoryFilterDescription),
  limit: z.number().int().min(1).max(50).nullable().describe(`null for ${defaultLimit}.`),
});

export const listExpensesTool = defineTool({
  name: 'list_expenses',
  description: 'Single expenses, newest first, with the numbers (#12) that edit and delete take. Not for totals.',
  schema,
  run: async (args, ctx) => {
    const { store, user } = ctx;
    const period = args.period ? resolvePeriodArgument(args.period, user, ctx.today) : undefined;
    if (period && !period.ok) return toolError(period.error);
    const limit = args.limit ?? defaultLimit;
    const expenses = await store.listExpenses(user.id, {
      limit,
      ...(period ? { from: period.value.from, to: period.value.to } : {}),
      ...(args.category ? { categoryKey: categoryKey(args.category) } : {}),
    });
    const scope = [
      args.category ? ` for ${args.category}` : '',
      period ? ` in ${formatPeriod(period.value, user.locale, ctx.today)}` : '',
    ].join('');
    const lines = expenses.map((expense) => formatExpenseLine(expense, user.locale, ctx.today));
    const summary = expenses.length === 0 ? `No expenses${scope}.` : [`Expenses${scope}:`, ...lines].join('\n');
    return toolSuccess(
      {
        expenses: expenses.map((expense) => expenseJson(expense, user.locale)),
        // A full page means there may be older ones; the model must not treat the list as complete.
        more_may_exist: expenses.length === limit,
      },
      summary,
    );
  },
});
