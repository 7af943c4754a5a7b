/** budget_status: the user's budgets and where each stands in its current week or month, summed by the database. */
import { z } from 'zod';
import { budgetStatuses } from '../../budgets/budget-status.ts';
import { listingLine } from '../../budgets/budget-texts.ts';
import { categoryKey } from '../../domain/category.ts';
import { normalizeCategory } from '../../parse/category.ts';
import { defineTool, toolSuccess } from './assistant-tool.ts';
import { budgetStatusJson } from './budget-status-json.ts';

const schema = z.strictObject({
  category: z
    .string()
    .max(100)
    .nullable()
    .describe('Only the budget of this category (or "overall"); null for every budget.'),
});

export const budgetStatusTool = defineTool({
  name: 'budget_status',
  description:
    "The user's budgets (overall or per category, weekly or monthly, per currency): amount, spent, remaining, percent used and days left in the current period.",
  schema,
  run: async (args, ctx) => {
    const { store, user } = ctx;
    const wanted = args.category === null ? undefined : categoryKey(normalizeCategory(args.category));
    const statuses = (await budgetStatuses(store, user, ctx.today)).filter(
      (status) =>
        wanted === undefined ||
        (wanted === 'overall' ? status.budget.category === null : categoryKey(status.budget.category ?? '') === wanted),
    );
    const lines =
      statuses.length === 0
        ? [wanted === undefined ? 'No budgets are set.' : `No ${args.category} budget is set.`]
        : statuses.map((status) => listingLine(status, user.locale));
    return toolSuccess(
      { today: ctx.today, budgets: statuses.map((status) => budgetStatusJson(status, user.locale)) },
      lines.join('\n'),
    );
  },
});
