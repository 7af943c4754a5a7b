/**
 * delete_expense: proposes removing one of the user's expenses, named by the number a listing showed. Nothing is
 * deleted here: the run's reply asks the user to confirm.
 */
import { z } from 'zod';
import { snapshotOf } from '../run-changes.ts';
import { defineTool, toolError, toolSuccess } from './assistant-tool.ts';
import { expenseJson } from './expense-json.ts';

const schema = z.strictObject({
  number: z.number().int().min(1).describe('As in #12.'),
});

export const deleteExpenseTool = defineTool({
  name: 'delete_expense',
  description: 'Propose deleting one expense, by number. Nothing is deleted until the user confirms.',
  schema,
  run: async ({ number }, ctx) => {
    const expense = await ctx.store.findExpenseByNumber(ctx.user.id, number);
    if (!expense) {
      const message = `There is no expense #${number} (it may have been removed already).`;
      return toolError(message, message);
    }
    const refused = ctx.changes.propose({ kind: 'delete', number, before: snapshotOf(expense) });
    if (refused) return toolError(refused);
    return toolSuccess(
      {
        proposed: 'delete',
        expense: expenseJson(expense, ctx.user.locale),
        status: 'Proposed only: nothing is deleted until the user confirms. Do not say it was deleted.',
      },
      null,
    );
  },
});
