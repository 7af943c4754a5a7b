/** delete_expense: removes one of the user's expenses, named by the number a listing showed. */
import { z } from 'zod';
import { formatExpenseLine } from '../../format/expense-line.ts';
import { defineTool, toolError, toolSuccess } from './assistant-tool.ts';
import { expenseJson } from './expense-json.ts';

const schema = z.strictObject({
  number: z.number().int().min(1).describe('The expense number, as in "#12" from list_expenses.'),
});

export const deleteExpenseTool = defineTool({
  name: 'delete_expense',
  description: "Delete one of the user's expenses by its number. Only when the user clearly asks to delete it.",
  schema,
  run: async ({ number }, ctx) => {
    const { store, user } = ctx;
    const expense = await store.findExpenseByNumber(user.id, number);
    if (!expense || !(await store.deleteExpense(user.id, number, ctx.now))) {
      const message = `There is no expense #${number} (it may have been removed already).`;
      return toolError(message, message);
    }
    const line = formatExpenseLine(expense, user.locale, ctx.today);
    return toolSuccess({ deleted: expenseJson(expense, user.locale) }, `Deleted: ${line}`, [
      `expense #${number} deleted`,
    ]);
  },
});
